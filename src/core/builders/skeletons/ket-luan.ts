// Kết luận of a Party committee (HD 36-HD/VPTW): the meeting that concluded, then the conclusions, numbered.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function ketLuan({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("nội dung kết luận")],
    summaryPrefix: "về ",
    body: [
      para(
        f,
        "Ngày ",
        ph("… tháng … năm …"),
        ", ",
        ph("Ban Thường vụ Đảng ủy …"),
        " họp, nghe ",
        ph("cơ quan báo cáo"),
        " báo cáo về ",
        ph("nội dung"),
        ". Sau khi thảo luận, ",
        ph("Ban Thường vụ"),
        " kết luận như sau:",
      ),
      h.add(2, "Đánh giá chung"),
      fill(f, "Kết quả, hạn chế"),
      h.add(2, "Nhiệm vụ thời gian tới"),
      fill(f, "Nhiệm vụ, giải pháp"),
      h.add(2, "Tổ chức thực hiện"),
      withEnding(para(f, ph("Các cấp ủy, tổ chức đảng"), " quán triệt và tổ chức thực hiện Kết luận này")),
    ],
  };
}
