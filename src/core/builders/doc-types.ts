// Every document the drafting side builds: the kinds NĐ 30/2020 Phụ lục III names (on their forms, Mẫu 1.1–3.2),
// the Party kinds of Hướng dẫn 36-HD/VPTW, and the profiles each is issued under; their ký hiệu abbreviations.
import { DOCUMENT_TYPE_NAMES } from "../doc-types";
import type { ProfileId } from "../rules/types";

/** Groups of the type picker, so a secretary finds a type in two clicks. */
export type DraftGroup = "decision" | "rules" | "plan" | "report" | "letter" | "record";

interface TypeInfo {
  /** Name as listed ("Quyết định (ban hành, phê duyệt)"). */
  name: string;
  /** The printed tên loại, or null (công văn prints none). */
  title: string | null;
  /** The Phụ lục III form it follows ("1.4"). */
  form: string;
  group: DraftGroup;
  profiles: readonly ProfileId[];
}

const ALL: readonly ProfileId[] = ["nd30", "dang", "mttq"];
const STATE: readonly ProfileId[] = ["nd30", "mttq"];
const ND30: readonly ProfileId[] = ["nd30"];
const DANG: readonly ProfileId[] = ["dang"];
const PARTY_MTTQ: readonly ProfileId[] = ["dang", "mttq"];

const named = (
  id: keyof typeof DOCUMENT_TYPE_NAMES,
  form: string,
  group: DraftGroup,
  profiles: readonly ProfileId[],
): TypeInfo => ({
  name: DOCUMENT_TYPE_NAMES[id],
  title: DOCUMENT_TYPE_NAMES[id].toLocaleUpperCase("vi"),
  form,
  group,
  profiles,
});

/** Most used first inside each group. */
export const DRAFT_TYPE_INFO = {
  "ke-hoach": named("ke-hoach", "1.4", "plan", ALL),
  "bao-cao": named("bao-cao", "1.4", "report", ALL),
  "cong-van": { ...named("cong-van", "1.5", "letter", ALL), title: null },
  "quyet-dinh": named("quyet-dinh", "1.2", "decision", ALL),
  "to-trinh": named("to-trinh", "1.4", "report", ALL),
  "thong-bao": named("thong-bao", "1.4", "report", ALL),
  "giay-moi": named("giay-moi", "1.7", "letter", ALL),
  "quyet-dinh-ban-hanh": {
    name: "Quyết định ban hành, phê duyệt (kèm văn bản)",
    title: "QUYẾT ĐỊNH",
    form: "1.3",
    group: "decision",
    profiles: ALL,
  },
  "nghi-quyet": named("nghi-quyet", "1.1", "decision", ALL),
  "chi-thi": named("chi-thi", "1.4", "decision", ["nd30", "dang"]),
  "ket-luan": named("ket-luan", "HD 36", "decision", DANG),
  "quy-che": named("quy-che", "1.4", "rules", ALL),
  "quy-dinh": named("quy-dinh", "1.4", "rules", ALL),
  "huong-dan": named("huong-dan", "1.4", "rules", ALL),
  "thong-tri": named("thong-tri", "HD 36", "rules", PARTY_MTTQ),
  "chuong-trinh": named("chuong-trinh", "1.4", "plan", ALL),
  "phuong-an": named("phuong-an", "1.4", "plan", STATE),
  "de-an": named("de-an", "1.4", "plan", STATE),
  "du-an": named("du-an", "1.4", "plan", ND30),
  "thong-cao": named("thong-cao", "1.4", "report", STATE),
  "bien-ban": named("bien-ban", "1.9", "report", ALL),
  "cong-dien": named("cong-dien", "1.6", "letter", ND30),
  "giay-gioi-thieu": named("giay-gioi-thieu", "1.8", "letter", ALL),
  "giay-uy-quyen": named("giay-uy-quyen", "1.4", "letter", STATE),
  "giay-nghi-phep": named("giay-nghi-phep", "1.10", "letter", STATE),
  "phieu-gui": named("phieu-gui", "1.4", "record", STATE),
  "phieu-chuyen": named("phieu-chuyen", "1.4", "record", STATE),
  "phieu-bao": named("phieu-bao", "1.4", "record", STATE),
  "hop-dong": named("hop-dong", "1.4", "record", ND30),
  "ban-ghi-nho": named("ban-ghi-nho", "1.4", "record", STATE),
  "ban-thoa-thuan": named("ban-thoa-thuan", "1.4", "record", STATE),
} as const satisfies Record<string, TypeInfo>;

export type DraftType = keyof typeof DRAFT_TYPE_INFO;

/** The types the drafting side builds, in the order above. */
export const DRAFT_TYPES = Object.keys(DRAFT_TYPE_INFO) as DraftType[];

export const GROUP_ORDER: readonly DraftGroup[] = ["decision", "rules", "plan", "report", "letter", "record"];

/** NĐ 30/2020, Phụ lục III, mục I: tên loại văn bản → chữ viết tắt. */
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

/** Party abbreviations that differ from Phụ lục III (HD 36-HD/VPTW: Kết luận KL, Quy định QĐi, Công văn CV). */
const PARTY: Record<string, string> = { "Quy định": "QĐi", "Kết luận": "KL", "Công văn": "CV" };

/** Kinds outside Phụ lục III that Party and Front bodies issue (thông tri: "TT-MTTW-BTT", "TT/TU"). */
const OUTSIDE_III: Record<string, string> = { "Thông tri": "TT" };

/** The ký hiệu abbreviation of a type's own name, or null (công văn under NĐ 30). */
export function typeAbbreviation(type: DraftType, profile: ProfileId = "nd30"): string | null {
  const info: TypeInfo = DRAFT_TYPE_INFO[type];
  const name = type === "cong-van" ? "Công văn" : info.name.replace(/ \(.*$/, "");
  const base = type === "quyet-dinh-ban-hanh" ? "Quyết định" : name;
  if (profile === "dang") return PARTY[base] ?? PHU_LUC_III[base] ?? OUTSIDE_III[base] ?? null;
  return PHU_LUC_III[base] ?? OUTSIDE_III[base] ?? null;
}

/** The tên loại line ("KẾ HOẠCH"), or null when the type prints none. */
export function typeTitle(type: DraftType): string | null {
  return DRAFT_TYPE_INFO[type].title;
}

export function typeName(type: DraftType): string {
  return DRAFT_TYPE_INFO[type].name;
}

export function isDraftType(value: string): value is DraftType {
  return Object.prototype.hasOwnProperty.call(DRAFT_TYPE_INFO, value);
}

/** The profiles a type is issued under. */
export function typeProfiles(type: DraftType): readonly ProfileId[] {
  return DRAFT_TYPE_INFO[type].profiles;
}

/** Types of one picker group under a profile. */
export function typesOfGroup(group: DraftGroup, profile: ProfileId): DraftType[] {
  return DRAFT_TYPES.filter((t) => DRAFT_TYPE_INFO[t].group === group && typeProfiles(t).includes(profile));
}
