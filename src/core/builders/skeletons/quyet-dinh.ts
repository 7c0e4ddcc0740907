// Quyết định (cá biệt) quy định trực tiếp (Mẫu 1.2) and quy định gián tiếp, ban hành or phê duyệt an attached
// văn bản (Mẫu 1.3): thẩm quyền, căn cứ, QUYẾT ĐỊNH:, Điều 1…, and "- Như Điều 3;" opening the Nơi nhận.
import { legalBasisLines } from "../legal-basis";
import { ph } from "../paragraphs";
import { article, enacting, withEnding } from "./common";
import { authorityParagraph, executors } from "./decision-parts";
import type { Skeleton, SkeletonInput } from "./types";

export function quyetDinh(input: SkeletonInput): Skeleton {
  const f = input.format;
  return {
    summary: [ph("trích yếu nội dung quyết định")],
    summaryPrefix: "Về việc ",
    body: [
      authorityParagraph(input),
      ...legalBasisLines("quyet-dinh", input.org, f),
      enacting(f, "QUYẾT ĐỊNH:"),
      article(f, 1, ph("Nội dung quyết định"), "."),
      article(f, 2, "Quyết định này có hiệu lực kể từ ngày ký."),
      withEnding(article(f, 3, executors(input), " chịu trách nhiệm thi hành Quyết định này")),
    ],
    firstRecipient: "nhu-dieu-3",
  };
}

export function quyetDinhBanHanh(input: SkeletonInput): Skeleton {
  const f = input.format;
  return {
    summary: [ph("tên văn bản được ban hành, phê duyệt")],
    summaryPrefix: "Ban hành ",
    body: [
      authorityParagraph(input),
      ...legalBasisLines("quyet-dinh-ban-hanh", input.org, f),
      enacting(f, "QUYẾT ĐỊNH:"),
      article(f, 1, "Ban hành kèm theo Quyết định này ", ph("tên văn bản được ban hành"), "."),
      article(f, 2, "Quyết định này có hiệu lực kể từ ngày ký."),
      withEnding(article(f, 3, executors(input), " chịu trách nhiệm thi hành Quyết định này")),
    ],
    firstRecipient: "nhu-dieu-3",
  };
}
