// What a Word SavedState item carries besides a paragraph's OOXML package: the previous values of a format-only
// change, or the tag of the content control around an insertion and the OOXML of what it replaced.
import { PARAGRAPH_FORMAT_PROPS, type ParagraphFormatValues } from "./word-format";

/** Tag prefix of the content control around an insertion; the SavedState keeps the whole tag. */
export const INSERTED_TAG = "vanthu-insert-";

/** SavedState payload of a paragraph whose only change was its paragraph format: the values it had. */
export interface FormatData {
  paragraphFormat: Partial<ParagraphFormatValues>;
}

/** SavedState payload of an insertion: its content control's tag and the OOXML of what it replaced. */
export interface InsertedData {
  inserted: string;
  replaced: string | null;
}

/** A paragraph's format values as loaded, without the ones Word left unset (null for mixed or unknown). */
export function formatData(p: Word.Paragraph): FormatData {
  const values = p as unknown as Record<string, unknown>;
  const paragraphFormat: Record<string, unknown> = {};
  for (const key of PARAGRAPH_FORMAT_PROPS)
    if (values[key] !== undefined && values[key] !== null) paragraphFormat[key] = values[key];
  return { paragraphFormat: paragraphFormat as Partial<ParagraphFormatValues> };
}

/** The SavedState payload of a format-only change, or null. */
export function formatOf(data: string): FormatData | null {
  if (!data.startsWith('{"paragraphFormat"')) return null;
  return JSON.parse(data) as FormatData;
}

/** The SavedState payload of an insertion, or null for a paragraph's saved OOXML. */
export function insertedData(data: string): InsertedData | null {
  if (!data.startsWith("{")) return null;
  try {
    const parsed = JSON.parse(data) as Partial<InsertedData>;
    return typeof parsed.inserted === "string" && parsed.inserted.startsWith(INSERTED_TAG)
      ? { inserted: parsed.inserted, replaced: parsed.replaced ?? null }
      : null;
  } catch {
    return null;
  }
}
