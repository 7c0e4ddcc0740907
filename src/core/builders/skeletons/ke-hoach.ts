// Kế hoạch: I. MỤC ĐÍCH, YÊU CẦU — II. NỘI DUNG — III. TỔ CHỨC THỰC HIỆN, as in the seed plan.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function keHoach({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("Nội dung kế hoạch")],
    summaryPrefix: "",
    body: [
      para(
        f,
        "Thực hiện ",
        ph("văn bản chỉ đạo của cấp trên"),
        ", ",
        ph("Tên cơ quan"),
        " xây dựng Kế hoạch ",
        ph("nội dung"),
        " như sau:",
      ),
      h.add(1, "Mục đích, yêu cầu"),
      h.add(2, "Mục đích"),
      fill(f, "Mục đích của kế hoạch"),
      h.add(2, "Yêu cầu"),
      fill(f, "Yêu cầu đối với việc thực hiện"),
      h.add(1, "Nội dung"),
      h.add(2, "Nhiệm vụ thứ nhất"),
      fill(f, "Nội dung nhiệm vụ"),
      h.add(2, "Nhiệm vụ thứ hai"),
      fill(f, "Nội dung nhiệm vụ"),
      h.add(1, "Tổ chức thực hiện"),
      fill(f, "Phân công cơ quan, đơn vị chủ trì, phối hợp, thời hạn thực hiện"),
      withEnding(para(f, "Trên đây là Kế hoạch ", ph("nội dung"), " của ", ph("Tên cơ quan"))),
    ],
  };
}
