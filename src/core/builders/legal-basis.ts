// The căn cứ lines of a decision, resolution or directive: one function, fed by the laws data when it is loaded.
// State bodies cite the law on their organisation; Party committees write "- Căn cứ Điều lệ Đảng;" and their
// working rules (HD 36-HD/VPTW); the Front cites its Charter. Documents the user picked follow.
import { basisLine, currentLaws, lawKey } from "../laws/laws";
import type { LawEntry, Laws } from "../laws/types";
import type { BlockParagraph, BlockRun } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import type { DraftFormat } from "./draft-format";
import type { DraftType } from "./doc-types";
import { bodyParagraph, ph } from "./paragraphs";

/** What the căn cứ may draw on; the caller loads the laws data (the core never imports it). */
export interface BasisData {
  /** The laws data: the organisation's own law is then named as in force on the document's date. */
  laws?: Laws;
  /** Documents the user picked, cited after the organisation's law (the caller checks they are in force). */
  chosen?: LawEntry[];
}

const LOCAL_GOVERNMENT = lawKey("Luật Tổ chức chính quyền địa phương");

function isLocalGovernment(org: OrgProfile): boolean {
  return /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN/.test(org.agencyName.toLocaleUpperCase("vi"));
}

/**
 * The law an organisation's existence rests on, in force on a date (ISO), with the laws amending it: for an Ủy ban
 * or Hội đồng nhân dân, Luật Tổ chức chính quyền địa phương. Empty when the data names none for the organisation.
 */
export function organisationLaws(laws: Laws, org: OrgProfile, iso: string): LawEntry[] {
  if (!isLocalGovernment(org)) return [];
  return currentLaws(laws, iso).filter((e) => {
    const key = lawKey(e.title);
    return key === LOCAL_GOVERNMENT || (key.startsWith("luật sửa đổi") && key.includes(LOCAL_GOVERNMENT));
  });
}

/** The placeholder when the organisation's law is not known. */
function organisationPlaceholder(org: OrgProfile): BlockRun {
  return isLocalGovernment(org)
    ? ph("Luật Tổ chức chính quyền địa phương ngày … tháng … năm …")
    : ph("văn bản quy định chức năng, nhiệm vụ, quyền hạn của cơ quan");
}

/** "Căn cứ Luật … ngày … năm …" without its closing ";". */
const cited = (e: LawEntry) => basisLine(e).replace(/;$/, "");

/**
 * The lines before "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (each ends with ";", the last "Theo đề nghị …" with "."). `date`
 * is the document's date (ISO), null when left to fill.
 */
export function legalBasisLines(
  type: DraftType,
  org: OrgProfile,
  f: DraftFormat,
  date: string | null = null,
  data: BasisData = {},
): BlockParagraph[] {
  const line = (parts: (string | BlockRun)[]): BlockParagraph => ({
    ...bodyParagraph(parts, f.bodySize, "legal-basis"),
    runs: parts.map((p) =>
      typeof p === "string"
        ? { text: p, italic: f.profile !== "dang" }
        : { ...p, italic: f.profile !== "dang" },
    ),
  });
  const chosen = data.chosen ?? [];
  if (f.profile === "dang") {
    return [
      line(["- Căn cứ Điều lệ Đảng;"]),
      ...chosen.map((e) => line([`- ${cited(e)};`])),
      line(["- Căn cứ ", ph("Quy chế làm việc của Ban Chấp hành Đảng bộ … nhiệm kỳ …"), ";"]),
      line(["- Xét đề nghị của ", ph("cơ quan tham mưu"), ","]),
    ];
  }
  const own = f.profile === "mttq" || !data.laws || !date ? [] : organisationLaws(data.laws, org, date);
  const first: (string | BlockRun)[][] =
    f.profile === "mttq"
      ? [["Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam"]]
      : own.length > 0
        ? own.map((e) => [cited(e)])
        : [["Căn cứ ", organisationPlaceholder(org)]];
  const picked = chosen.filter((e) => !own.includes(e)).map((e): (string | BlockRun)[] => [cited(e)]);
  const rest = picked.length > 0 ? picked : [["Căn cứ ", ph("văn bản quy định thẩm quyền, nội dung")]];
  const all = [...first, ...rest];
  // A nghị quyết has no proposal line: its last căn cứ ends the list with ".".
  const lines = all.map((parts, i) =>
    line([...parts, type === "nghi-quyet" && i === all.length - 1 ? "." : ";"]),
  );
  if (type !== "nghi-quyet")
    lines.push(line(["Theo đề nghị của ", ph("người đứng đầu cơ quan, đơn vị trình"), "."]));
  return lines;
}
