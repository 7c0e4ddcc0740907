// Document types the drafting side builds, their printed names and the ký hiệu abbreviations of
// NĐ 30/2020, Phụ lục III (công văn has none).
import { DOCUMENT_TYPE_NAMES, type DocumentType } from "../doc-types";

/** The types the drafting side builds. */
export const DRAFT_TYPES = [
  "ke-hoach",
  "bao-cao",
  "cong-van",
  "quyet-dinh",
  "to-trinh",
  "thong-bao",
  "giay-moi",
] as const satisfies readonly DocumentType[];

export type DraftType = (typeof DRAFT_TYPES)[number];

/** Phụ lục III, mục I: tên loại văn bản → chữ viết tắt. */
export const PHU_LUC_III: Record<string, string> = {
  "Nghị quyết": "NQ",
  "Quyết định": "QĐ",
  "Chỉ thị": "CT",
  "Quy chế": "QC",
  "Quy định": "QyĐ",
  "Thông cáo": "TC",
  "Thông báo": "TB",
  "Hướng dẫn": "HD",
  "Chương trình": "CTr",
  "Kế hoạch": "KH",
  "Phương án": "PA",
  "Đề án": "ĐA",
  "Dự án": "DA",
  "Báo cáo": "BC",
  "Biên bản": "BB",
  "Tờ trình": "TTr",
  "Hợp đồng": "HĐ",
  "Công điện": "CĐ",
  "Bản ghi nhớ": "BGN",
  "Bản thỏa thuận": "BTT",
  "Giấy ủy quyền": "GUQ",
  "Giấy mời": "GM",
  "Giấy giới thiệu": "GGT",
  "Giấy nghỉ phép": "GNP",
  "Phiếu gửi": "PG",
  "Phiếu chuyển": "PC",
  "Phiếu báo": "PB",
};

/** The ký hiệu abbreviation of a type, or null for công văn. */
export function typeAbbreviation(type: DraftType): string | null {
  return PHU_LUC_III[DOCUMENT_TYPE_NAMES[type]] ?? null;
}

/** The tên loại line ("KẾ HOẠCH"), or null for công văn, which has none. */
export function typeTitle(type: DraftType): string | null {
  return type === "cong-van" ? null : DOCUMENT_TYPE_NAMES[type].toLocaleUpperCase("vi");
}

export function isDraftType(value: string): value is DraftType {
  return (DRAFT_TYPES as readonly string[]).includes(value);
}
