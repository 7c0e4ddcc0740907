// What quyết định and nghị quyết share: the thẩm quyền line derived from the signature, the căn cứ, and the
// article naming who carries the decision out, in the wording of each profile.
import type { BlockParagraph, BlockRun } from "../../model/blocks";
import { authorityLine } from "../authority";
import type { DraftType } from "../doc-types";
import { legalBasisLines } from "../legal-basis";
import { centred, ph, styled } from "../paragraphs";
import { article, enacting, withEnding } from "./common";
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

/**
 * The body of a decision or resolution (Mẫu 1.1–1.3): thẩm quyền, căn cứ, the enacting line, its first article,
 * then "has effect from signature" and who carries it out.
 */
export function decisionBody(
  input: SkeletonInput,
  type: DraftType,
  kind: "Quyết định" | "Nghị quyết",
  first: BlockParagraph,
): BlockParagraph[] {
  const f = input.format;
  return [
    authorityParagraph(input),
    ...legalBasisLines(type, input.org, f, input.date ?? null, input.basis),
    enacting(f, kind === "Quyết định" ? "QUYẾT ĐỊNH:" : "QUYẾT NGHỊ:"),
    first,
    article(f, 2, `${kind} này có hiệu lực kể từ ngày ký.`),
    withEnding(article(f, 3, executors(input), ` chịu trách nhiệm thi hành ${kind} này`)),
  ];
}
