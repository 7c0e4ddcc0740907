// Báo cáo: sent upward with "Kính gửi:" and "- Như trên;" (Phụ lục I, mục II.9b); kết quả — tồn tại, hạn chế —
// phương hướng — kiến nghị.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, kinhGui, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function baoCao({ format: f, to }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("Kết quả thực hiện nội dung báo cáo")],
    summaryPrefix: "",
    body: [
      ...kinhGui(f, to),
      para(f, "Thực hiện ", ph("văn bản yêu cầu báo cáo"), ", ", ph("Tên cơ quan"), " báo cáo như sau:"),
      h.add(1, "Kết quả thực hiện"),
      h.add(2, "Công tác chỉ đạo, triển khai"),
      fill(f, "Kết quả chỉ đạo, triển khai"),
      h.add(2, "Kết quả cụ thể"),
      fill(f, "Kết quả đạt được, số liệu"),
      h.add(1, "Tồn tại, hạn chế và nguyên nhân"),
      fill(f, "Tồn tại, hạn chế và nguyên nhân"),
      h.add(1, "Phương hướng, nhiệm vụ thời gian tới"),
      fill(f, "Nhiệm vụ, giải pháp"),
      h.add(1, "Đề xuất, kiến nghị"),
      fill(f, "Đề xuất, kiến nghị"),
      withEnding(para(f, "Trên đây là báo cáo ", ph("nội dung"), " của ", ph("Tên cơ quan"))),
    ],
    firstRecipient: "nhu-tren",
  };
}
