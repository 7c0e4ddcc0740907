// The bản sao block under a copied document (NĐ 30/2020, Phụ lục I, Phần II, mục II; Mẫu 3.1): a paragraph saying
// only "SAO Y", "SAO LỤC" or "TRÍCH SAO" after the original's header, with the full-width line, the copying body's
// name and number, Nơi nhận and signature around it. It is its own element: not a second closing of the original.
import type { DocModel, Paragraph } from "../model/types";
import { fold, isEmptyParagraph } from "./text";

export interface CopyBlock {
  /** First paragraph of the block: the empty paragraph carrying the line, or the first of the form's table. */
  start: number;
  /** The "SAO Y" / "SAO LỤC" / "TRÍCH SAO" paragraph. */
  form: number;
  kind: "sao-y" | "sao-luc" | "trich-sao";
}

const FORMS: Record<string, CopyBlock["kind"]> = {
  "sao y": "sao-y",
  "sao y ban chinh": "sao-y",
  "sao luc": "sao-luc",
  "trich sao": "trich-sao",
};

const formOf = (p: Paragraph): CopyBlock["kind"] | null =>
  p.text.length > 20 ? null : (FORMS[fold(p.text).replace(/\s+/g, " ").trim()] ?? null);

/** The copy block after paragraph `from`, or null. Only a form written in upper case counts. */
export function detectCopyBlock(model: DocModel, from: number): CopyBlock | null {
  const body = model.paragraphs.slice(0, model.bodyCount);
  for (let i = Math.max(0, from); i < body.length; i++) {
    const p = body[i];
    const kind = formOf(p);
    if (!kind || p.text.trim() !== p.text.trim().toLocaleUpperCase("vi")) continue;
    let start = i;
    const table = p.cell?.table;
    if (table !== undefined) start = body.findIndex((q) => q.cell?.table === table);
    // The line over the block: an empty paragraph with a border just before it.
    const before = body[start - 1];
    if (before && before.cell === null && isEmptyParagraph(before) && hasLine(before)) start--;
    return { start, form: i, kind };
  }
  return null;
}

const hasLine = (p: Paragraph): boolean => p.format.borders.bottom || p.format.borders.top;
