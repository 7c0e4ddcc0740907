// Độ mật, độ khẩn and phạm vi lưu hành marks ("MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ", "DỰ THẢO"): paragraphs, or the
// tab-separated parts of one (a header cell), that say nothing but a mark.
import type { DocModel } from "../model/types";
import { fold, segments } from "./text";

export type MarkKind = "secrecy" | "urgency" | "circulation";

export interface MarkSpot {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  kind: MarkKind;
  /** The exact words the decree writes ("HỎA TỐC"); a draft number may follow "DỰ THẢO". */
  canonical: string;
  /** Other spellings the decree itself uses. */
  also?: string[];
}

const MARKS: { canonical: string; kind: MarkKind; also?: string[] }[] = [
  { canonical: "TUYỆT MẬT", kind: "secrecy" },
  { canonical: "TỐI MẬT", kind: "secrecy" },
  { canonical: "MẬT", kind: "secrecy" },
  // Phụ lục I writes "HOẢ TỐC" in mục III.2b and "HỎA TỐC" elsewhere: both spellings are the decree's.
  { canonical: "HỎA TỐC", kind: "urgency", also: ["HOẢ TỐC"] },
  { canonical: "THƯỢNG KHẨN", kind: "urgency" },
  { canonical: "KHẨN", kind: "urgency" },
  { canonical: "XEM XONG TRẢ LẠI", kind: "circulation" },
  { canonical: "LƯU HÀNH NỘI BỘ", kind: "circulation" },
  { canonical: "KHÔNG PHỔ BIẾN", kind: "circulation" },
  { canonical: "DỰ THẢO", kind: "circulation" },
];
const BY_FOLD = new Map(MARKS.map((m) => [fold(m.canonical), m]));

/** "DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO 3": the mark and what may follow it. */
const DRAFT = /^(du thao)(\s+(lan\s+)?\d+)?$/;

export function markOf(text: string): { canonical: string; kind: MarkKind; also?: string[] } | null {
  if (text.length > 24) return null;
  const f = fold(text)
    .replace(/[()[\]]/g, "")
    .trim();
  return BY_FOLD.get(f) ?? (DRAFT.test(f) ? BY_FOLD.get("du thao")! : null);
}

/** Every mark in the body paragraphs (table cells included), in document order. */
export function findMarks(model: DocModel): MarkSpot[] {
  const out: MarkSpot[] = [];
  for (const p of model.paragraphs.slice(0, model.bodyCount)) {
    if (p.text.length > 200 || p.index === null) continue;
    for (const s of segments(p)) {
      const m = markOf(s.text);
      if (m) out.push({ paragraph: p.index, start: s.start, end: s.end, text: s.text, ...m });
    }
  }
  return out;
}
