// Quyết định (cá biệt) quy định trực tiếp (Mẫu 1.2) and quy định gián tiếp, ban hành or phê duyệt an attached
// văn bản (Mẫu 1.3): thẩm quyền, căn cứ, QUYẾT ĐỊNH:, Điều 1…, and "- Như Điều 3;" opening the Nơi nhận.
import { ph } from "../paragraphs";
import { article } from "./common";
import { decisionBody } from "./decision-parts";
import type { Skeleton, SkeletonInput } from "./types";

export function quyetDinh(input: SkeletonInput): Skeleton {
  return {
    summary: [ph("trích yếu nội dung quyết định")],
    summaryPrefix: "Về việc ",
    body: decisionBody(
      input,
      "quyet-dinh",
      "Quyết định",
      article(input.format, 1, ph("Nội dung quyết định"), "."),
    ),
    firstRecipient: "nhu-dieu-3",
  };
}

export function quyetDinhBanHanh(input: SkeletonInput): Skeleton {
  const first = article(
    input.format,
    1,
    "Ban hành kèm theo Quyết định này ",
    ph("tên văn bản được ban hành"),
    ".",
  );
  return {
    summary: [ph("tên văn bản được ban hành, phê duyệt")],
    summaryPrefix: "Ban hành ",
    body: decisionBody(input, "quyet-dinh-ban-hanh", "Quyết định", first),
    firstRecipient: "nhu-dieu-3",
  };
}
