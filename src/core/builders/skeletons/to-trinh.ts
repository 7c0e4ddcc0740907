// Tờ trình: sent upward with "Kính gửi:" — sự cần thiết, nội dung đề nghị, kiến nghị.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, kinhGui, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function toTrinh({ format: f, to }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("nội dung đề nghị phê duyệt")],
    summaryPrefix: "Về việc ",
    body: [
      ...kinhGui(f, to),
      para(
        f,
        "Căn cứ ",
        ph("văn bản làm căn cứ"),
        ", ",
        ph("Tên cơ quan"),
        " kính trình ",
        ph("cấp có thẩm quyền"),
        " xem xét, ",
        ph("phê duyệt"),
        " như sau:",
      ),
      h.add(1, "Sự cần thiết"),
      fill(f, "Lý do, sự cần thiết"),
      h.add(1, "Nội dung đề nghị"),
      fill(f, "Nội dung cụ thể"),
      h.add(1, "Kiến nghị"),
      withEnding(para(f, ph("Tên cơ quan"), " kính trình ", ph("cấp có thẩm quyền"), " xem xét, quyết định")),
    ],
    firstRecipient: "nhu-tren",
  };
}
