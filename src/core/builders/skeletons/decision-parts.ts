// What quyết định and nghị quyết share: the thẩm quyền line derived from the signature, the căn cứ, and the
// article naming who carries the decision out, in the wording of each profile.
import type { BlockParagraph, BlockRun } from "../../model/blocks";
import { authorityLine } from "../authority";
import { centred, ph, styled } from "../paragraphs";
import type { SkeletonInput } from "./types";

/** The thẩm quyền ban hành line (Mẫu 1.1–1.3), or its placeholder when the profile lacks the names. */
export function authorityParagraph({ org, format: f, signature }: SkeletonInput): BlockParagraph {
  const text = authorityLine(signature, org);
  return centred(
    text ? styled([text], { bold: true }) : [ph("THẨM QUYỀN BAN HÀNH", { bold: true })],
    f.bodySize,
    "authority",
    { spacingAfter: 12 },
  );
}

/** Who carries out the decision, before "chịu trách nhiệm thi hành …". */
export function executors({ format: f }: SkeletonInput): BlockRun {
  if (f.profile === "dang")
    return ph("Các ban, cơ quan, tổ chức đảng trực thuộc và các đồng chí có tên tại Điều 1");
  if (f.profile === "mttq")
    return ph("Ban Thường trực, các ban, đơn vị thuộc Ủy ban và các cá nhân có liên quan");
  return ph("Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và cá nhân có liên quan");
}
