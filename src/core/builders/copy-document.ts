// A bản sao as a file: the original .docx with the copy block appended after its last part (Mẫu 3.1). A trích sao
// keeps the original's thể thức and only the paragraphs of its content that are copied (NĐ 30/2020, Điều 25.3b).
import { analyze } from "../analysis/analyze";
import type { DocAnalysis } from "../analysis/types";
import { VanThuError } from "../errors";
import { insertIntoDocx, removeFromDocx } from "../ooxml/patch";
import { readDocx } from "../ooxml/read";
import { writeFragment } from "../ooxml/write";
import { buildCopyBlock, copySourceProblem, type CopyOptions } from "./copy-block";
import { draftFormat } from "./draft-format";

export interface CopyDocumentOptions extends CopyOptions {
  /** Trích sao: the content paragraphs kept, 1-based and inclusive, as `vanthu check` numbers them. */
  paragraphs?: { from: number; to: number };
}

/** "12-20" → { from: 12, to: 20 }; "7" → { from: 7, to: 7 }; null when it is not a range. */
export function parseParagraphRange(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from >= 1 && to >= from ? { from, to } : null;
}

/** The paragraphs a trích sao leaves out: the content outside the range, never the thể thức around it. */
function excerptDrops(a: DocAnalysis, range: { from: number; to: number }): Set<number> {
  // 1-based numbers of the first and last content paragraphs, for the message.
  const [first, last] = [a.bodyStart + 1, a.bodyEnd];
  if (a.bodyEnd <= a.bodyStart)
    throw new VanThuError("unsupported", "Không tìm thấy phần nội dung của văn bản gốc để trích sao.");
  if (range.from < first || range.to > last)
    throw new VanThuError(
      "unsupported",
      `Phần trích sao phải nằm trong nội dung văn bản gốc, từ đoạn ${first} đến đoạn ${last} (số đoạn như vanthu check ghi).`,
    );
  const drop = new Set<number>();
  for (let i = a.bodyStart; i < a.bodyEnd; i++) if (i + 1 < range.from || i + 1 > range.to) drop.add(i);
  return drop;
}

/** The original with its copy block at the end; throws one Vietnamese sentence for what cannot be copied so. */
export function copyDocument(original: Uint8Array, o: CopyDocumentOptions): Uint8Array {
  if (o.kind === "trich-sao" && !o.paragraphs)
    throw new VanThuError(
      "unsupported",
      "Trích sao cần chỉ rõ phần nội dung được trích (--paragraphs từ-đến, số đoạn như vanthu check ghi).",
    );
  if (o.kind !== "trich-sao" && o.paragraphs)
    throw new VanThuError(
      "unsupported",
      "Sao y và sao lục chép đầy đủ văn bản; chỉ trích sao mới chọn đoạn (--paragraphs).",
    );
  const block = buildCopyBlock(o);
  const analysis = analyze(readDocx(original));
  const source = copySourceProblem(o.kind, analysis.copy?.kind ?? null);
  if (source) throw new VanThuError("unsupported", source);
  const copied = o.paragraphs ? removeFromDocx(original, excerptDrops(analysis, o.paragraphs)) : original;
  const bodySize = draftFormat(o.profile ?? o.org.profile).bodySize;
  return insertIntoDocx(copied, writeFragment(block, { bodySize }), "end").bytes;
}
