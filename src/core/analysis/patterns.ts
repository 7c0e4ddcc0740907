// Text patterns of the elements of an administrative document (NĐ 30/2020, Phụ lục I and III). Matched on
// folded text (no diacritics, lower case) unless the name says otherwise.
import type { DocType } from "./types";
import { fold } from "./text";
import { isUpperText, startsUpper } from "../vietnamese/letters";

/** Folded start of a line: enough for "starts with" tests without folding a whole long paragraph. */
const head = (text: string, n = 48) => fold(text.slice(0, n));

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export function isNationalTitle(text: string): boolean {
  return text.length <= 80 && /^cong hoa xa hoi chu nghia viet nam$/.test(fold(text));
}

export function isPartyTitle(text: string): boolean {
  return text.length <= 60 && /^dang cong san viet nam$/.test(fold(text));
}

/** "Độc lập - Tự do - Hạnh phúc" with a hyphen, an en or em dash, or none. */
export function isMotto(text: string): boolean {
  return text.length <= 60 && /^doc lap\s*[-–—]?\s*tu do\s*[-–—]?\s*hanh phuc\.?$/.test(fold(text));
}

/** "Số: 04/KH-UBND", "Số:   /KH-UBND", "Số: …/KH-UBND", Party "Số 127-QĐ/TW". */
export function isDocNumber(text: string): boolean {
  if (!/^s/i.test(text.trimStart())) return false;
  const f = head(text.trimStart());
  if (!/^so\b/.test(f)) return false;
  return /^so\s*:/.test(f) || /^so\s*[\d.…_]*\s*[-/]\s*\S/.test(f);
}

/** "<Địa danh>, ngày … tháng … năm …" (blank day and month accepted in drafts). */
export function isPlaceDate(text: string): boolean {
  if (text.length > 160 || !/ng[àa]y/i.test(text)) return false;
  const f = fold(text);
  if (f.length > 120) return false;
  // "Lâm Đồng, ngày 05 tháng 4 năm 2026", "……, ngày … tháng … năm …" — not a form's "3. Ngày, tháng, năm sinh:"
  // nor "Hôm nay, ngày … tháng … năm …".
  // Blanks may be dots, underscores or a bracketed placeholder ("ngày […] tháng […]").
  const m = /^([^,()]{0,60}?),?\s*ngay[\s\d.…_[\]]*\bthang\b[\s\d.…_[\]]*\bnam\b/.exec(f);
  return m !== null && !/^\s*(hom nay|\d)/.test(m[1]);
}

export function isVv(text: string): boolean {
  return /^\s*v/i.test(text) && /^v\s*\/\s*v\b/.test(head(text, 12));
}

/** Party công văn write "về việc …" under the number instead of "V/v". */
export function isVeViec(text: string): boolean {
  return /^\s*v/i.test(text) && /^ve viec\b/.test(head(text, 12));
}

export function isKinhGui(text: string): boolean {
  return /^\s*k/i.test(text) && /^kinh gui\b/.test(head(text, 14));
}

export function isLegalBasis(text: string): boolean {
  // Party documents open each line with a dash: "- Căn cứ Điều lệ Đảng;" (HD 36-HD/VPTW).
  const t = text.replace(/^\s*-\s*/, "");
  return /^\s*[ctx]/i.test(t) && /^(can cu|theo de nghi|xet de nghi)\b/.test(head(t, 20));
}

/** Types whose form has no trích yếu under the tên loại (NĐ 30/2020, Phụ lục III, Mẫu 1.8, 1.10). */
export function hasNoSummary(typeName: string): boolean {
  return ["GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP"].includes(typeName.trim().toUpperCase());
}

export function isRecipientsTitle(text: string): boolean {
  return (
    text.trim().length <= 20 &&
    /^\s*n\S{1,4}\s+nh/i.test(text) &&
    /^noi nhan\s*:?$/.test(head(text.trim(), 14))
  );
}

/** Authority marks of the signature block, with or without their dot, slash forms included. */
export const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)(\.?)\s+(\S.*)$/u;

/** "TM. BAN THƯỜNG TRỰC": a mark followed by upper-case text. */
export function isAuthorityLine(text: string): boolean {
  const m = AUTHORITY.exec(text.trim());
  if (!m) return false;
  const rest = m[3].replace(/\[[^\]]*\]/g, "X");
  return isUpperText(rest);
}

/** "./." and its common mistypings. */
export function isEndingMark(text: string): boolean {
  return /(\.\s*\/\s*\.|\.\/\.\/|\.\/)\s*$/.test(text.trim());
}

export function isAppendixLabel(text: string): boolean {
  const t = text.trim();
  if (!/^ph/i.test(t)) return false;
  const f = head(t, 80);
  if (!/^phu luc\b/.test(f)) return false;
  const m = /^phu luc(\s+([ivxlcdm]+|\d+|so \d+))?\s*([:.\-–]|$)/.exec(f);
  if (!m) return false;
  return t.length <= 30 || t === t.toUpperCase() || /^phu luc(\s+([ivxlcdm]+|\d+))?\s*[:.\-–]\s*\S/.test(f);
}

/** A "(Đã ký)"-like note or a signature image stand-in inside the signature block. */
/** The title of a citizen's own paper: "ĐƠN KHỞI KIỆN", "TỜ KHAI ĐĂNG KÝ KẾT HÔN", "GIẤY ĐỀ NGHỊ CHỨNG THỰC…". */
export function isPersonalTitle(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && /^(don(?! vi\b)|to khai|giay de nghi|ban khai|ban cam ket)\b/.test(head(t, 20));
}

/** "Mẫu số 01/HNCT", "Mẫu 02-BB": the label over a fill-in form attached in a Phụ lục. */
export function isFormLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && /^mau(\s+so)?\s+[a-z0-9]+([./-][a-z0-9]+)*\.?$/.test(fold(t));
}

export function isSignatureNote(text: string): boolean {
  if (!/^\s*[([kKcC]/.test(text)) return false;
  const f = head(text);
  return (
    /^\(?\s*(da ky|ky|ky ten|ky,|ky va ghi ro|chu ky)/.test(f) ||
    /^\(.*\)$/.test(text.trim()) ||
    /^\[\s*$/.test(text.trim())
  );
}

/** Academic titles and degrees that must not precede the signer's name (NĐ 30, Phụ lục I, mục II.7c). */
export const ACADEMIC_TITLE =
  /^(GS|PGS|TS|TSKH|ThS|Th\.S|KS|BS|CN|NCS|GS\.TS|PGS\.TS|GS\.TSKH|PGS\.TSKH)\.?\s+\S/u;

export interface DocTypeInfo {
  /** Upper-case type name as printed. */
  name: string;
  type: DocType;
  /** Ký hiệu abbreviations accepted for this type (Phụ lục III; Party codes after a slash are listed too). */
  abbr: string[];
}

export const DOC_TYPES: DocTypeInfo[] = [
  { name: "KẾ HOẠCH", type: "ke-hoach", abbr: ["KH"] },
  { name: "BÁO CÁO", type: "bao-cao", abbr: ["BC"] },
  { name: "QUYẾT ĐỊNH", type: "quyet-dinh", abbr: ["QĐ"] },
  { name: "TỜ TRÌNH", type: "to-trinh", abbr: ["TTr"] },
  { name: "THÔNG BÁO", type: "thong-bao", abbr: ["TB"] },
  { name: "GIẤY MỜI", type: "giay-moi", abbr: ["GM"] },
  { name: "NGHỊ QUYẾT", type: "nghi-quyet", abbr: ["NQ"] },
  { name: "CHỈ THỊ", type: "chi-thi", abbr: ["CT"] },
  { name: "HƯỚNG DẪN", type: "huong-dan", abbr: ["HD"] },
  { name: "CHƯƠNG TRÌNH", type: "chuong-trinh", abbr: ["CTr"] },
  { name: "NGHỊ ĐỊNH", type: "nghi-dinh", abbr: ["NĐ"] },
  { name: "QUY CHẾ", type: "other", abbr: ["QC"] },
  { name: "QUY ĐỊNH", type: "other", abbr: ["QyĐ", "QĐ", "QĐi"] },
  { name: "THÔNG CÁO", type: "other", abbr: ["TC"] },
  { name: "PHƯƠNG ÁN", type: "other", abbr: ["PA"] },
  { name: "ĐỀ ÁN", type: "other", abbr: ["ĐA"] },
  { name: "DỰ ÁN", type: "other", abbr: ["DA"] },
  { name: "BIÊN BẢN", type: "other", abbr: ["BB"] },
  { name: "HỢP ĐỒNG", type: "other", abbr: ["HĐ"] },
  { name: "CÔNG ĐIỆN", type: "other", abbr: ["CĐ"] },
  { name: "BẢN GHI NHỚ", type: "other", abbr: ["BGN"] },
  { name: "BẢN THỎA THUẬN", type: "other", abbr: ["BTT"] },
  { name: "GIẤY ỦY QUYỀN", type: "other", abbr: ["GUQ"] },
  { name: "GIẤY GIỚI THIỆU", type: "other", abbr: ["GGT"] },
  { name: "GIẤY NGHỈ PHÉP", type: "other", abbr: ["GNP"] },
  { name: "PHIẾU GỬI", type: "other", abbr: ["PG"] },
  { name: "PHIẾU CHUYỂN", type: "other", abbr: ["PC"] },
  { name: "PHIẾU BÁO", type: "other", abbr: ["PB"] },
  { name: "THÔNG TRI", type: "other", abbr: ["TT"] },
  { name: "KẾT LUẬN", type: "other", abbr: ["KL"] },
];

const BY_FOLD = new Map(DOC_TYPES.map((t) => [fold(t.name), t]));

/** The type named by a title line ("KẾ HOẠCH", "Quyết định"), or null. */
export function docTypeOf(text: string): DocTypeInfo | null {
  return text.length > 40 ? null : (BY_FOLD.get(fold(text)) ?? null);
}

/** Every type abbreviation of Phụ lục III, for telling a type code from an agency code. */
export const TYPE_ABBRS = new Set(DOC_TYPES.flatMap((t) => t.abbr));

/** Looks like a person's name: two to six words, each capitalised, no digits or sentence punctuation. */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (/[\d;:!?]/.test(t) || /\.$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every(startsUpper);
}
