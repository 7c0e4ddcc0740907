// The căn cứ lines of a decision, resolution or directive: one function, so the laws data can feed it later.
// State bodies cite the law on their organisation; Party committees write "- Căn cứ Điều lệ Đảng;" and their
// working rules (HD 36-HD/VPTW); the Front cites its Charter.
import type { BlockParagraph, BlockRun } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import type { DraftFormat } from "./draft-format";
import type { DraftType } from "./doc-types";
import { bodyParagraph, ph } from "./paragraphs";

/** The law an organisation's own existence rests on, as a placeholder to fill when it is not known. */
function organisationLaw(org: OrgProfile): BlockRun {
  const name = org.agencyName.toLocaleUpperCase("vi");
  if (/ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN/.test(name))
    return ph("Luật Tổ chức chính quyền địa phương ngày … tháng … năm …");
  return ph("văn bản quy định chức năng, nhiệm vụ, quyền hạn của cơ quan");
}

/** The lines before "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (each ends with ";", the last "Theo đề nghị …" with "."). */
export function legalBasisLines(type: DraftType, org: OrgProfile, f: DraftFormat): BlockParagraph[] {
  const line = (parts: (string | BlockRun)[]): BlockParagraph => ({
    ...bodyParagraph(parts, f.bodySize, "legal-basis"),
    runs: parts.map((p) =>
      typeof p === "string"
        ? { text: p, italic: f.profile !== "dang" }
        : { ...p, italic: f.profile !== "dang" },
    ),
  });
  if (f.profile === "dang") {
    return [
      line(["- Căn cứ Điều lệ Đảng;"]),
      line(["- Căn cứ ", ph("Quy chế làm việc của Ban Chấp hành Đảng bộ … nhiệm kỳ …"), ";"]),
      line(["- Xét đề nghị của ", ph("cơ quan tham mưu"), ","]),
    ];
  }
  const first =
    f.profile === "mttq"
      ? line(["Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam", ";"])
      : line(["Căn cứ ", organisationLaw(org), ";"]);
  // A nghị quyết has no proposal line: its last căn cứ ends the list with ".".
  const lines = [
    first,
    line(["Căn cứ ", ph("văn bản quy định thẩm quyền, nội dung"), type === "nghi-quyet" ? "." : ";"]),
  ];
  if (type !== "nghi-quyet")
    lines.push(line(["Theo đề nghị của ", ph("người đứng đầu cơ quan, đơn vị trình"), "."]));
  return lines;
}
