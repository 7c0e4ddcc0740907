// Sizes and forms per profile, from format-rules.md: NĐ 30/2020 Phụ lục I (nd30, mttq — MTTQ documents use
// the Quốc hiệu and NĐ 30's layout) and the Party guide HD 36-HD/VPTW as summarised there (dang).
import type { ProfileId } from "../rules/types";
import { MM } from "../model/create";

export interface DraftFormat {
  profile: ProfileId;
  /** Right header: Quốc hiệu (or ĐẢNG CỘNG SẢN VIỆT NAM) and its size. */
  nationalTitle: { text: string; size: number };
  /** Tiêu ngữ, or null when the right header has none (Party). */
  motto: { text: string; size: number } | null;
  parentSize: number;
  agencySize: number;
  /** What marks the issuing body: a line under it (NĐ 30) or an asterisk below it (Party). */
  agencyMark: "line" | "asterisk";
  numberSize: number;
  /** "Số: 01/KH-UBND" (NĐ 30) or "Số 01-KH/TU" (Party). */
  numberStyle: "nd30" | "party";
  dateSize: number;
  titleSize: number;
  summarySize: number;
  /** Công văn trích yếu: "V/v …" upright 12 (NĐ 30) or "về việc …" italic 12 (Party). */
  vv: { prefix: string; size: number; italic: boolean };
  bodySize: number;
  recipientsTitle: { size: number; bold: boolean; italic: boolean; underline: boolean };
  recipientSize: number;
  signatureSize: number;
  /** Authority marks: "TM." (NĐ 30) or "T/M" (Party). */
  marks: "dot" | "slash";
  /** Page margins in twips. */
  margins: { top: number; bottom: number; left: number; right: number };
}

const mm = (v: number): number => Math.round(v * MM);

const ND30: DraftFormat = {
  profile: "nd30",
  nationalTitle: { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 13 },
  motto: { text: "Độc lập - Tự do - Hạnh phúc", size: 14 },
  parentSize: 13,
  agencySize: 13,
  agencyMark: "line",
  numberSize: 13,
  numberStyle: "nd30",
  dateSize: 14,
  titleSize: 14,
  summarySize: 14,
  vv: { prefix: "V/v ", size: 12, italic: false },
  bodySize: 14,
  recipientsTitle: { size: 12, bold: true, italic: true, underline: false },
  recipientSize: 11,
  signatureSize: 14,
  marks: "dot",
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
};

const DANG: DraftFormat = {
  ...ND30,
  profile: "dang",
  nationalTitle: { text: "ĐẢNG CỘNG SẢN VIỆT NAM", size: 15 },
  motto: null,
  parentSize: 14,
  agencySize: 14,
  agencyMark: "asterisk",
  numberSize: 14,
  numberStyle: "party",
  dateSize: 14,
  titleSize: 16,
  summarySize: 14,
  vv: { prefix: "về việc ", size: 12, italic: true },
  bodySize: 14,
  recipientsTitle: { size: 14, bold: false, italic: false, underline: true },
  recipientSize: 12,
  marks: "slash",
};

export function draftFormat(profile: ProfileId): DraftFormat {
  if (profile === "dang") return DANG;
  return { ...ND30, profile };
}

/** Width of the text column of an A4 page with the profile's margins, in twips. */
export function textWidth(format: DraftFormat): number {
  return 11906 - format.margins.left - format.margins.right;
}
