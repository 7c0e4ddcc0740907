// Hướng dẫn (Mẫu 1.4) and the Party and Front thông tri (HD 36-HD/VPTW): the text it guides, then the guidance
// in numbered sections, and how it is carried out.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function huongDan({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("nội dung hướng dẫn")],
    summaryPrefix: "",
    body: [
      para(f, "Thực hiện ", ph("văn bản được hướng dẫn"), ", ", ph("Tên cơ quan"), " hướng dẫn như sau:"),
      h.add(1, "Mục đích, yêu cầu"),
      fill(f, "Mục đích, yêu cầu"),
      h.add(1, "Nội dung hướng dẫn"),
      h.add(2, "Nội dung thứ nhất"),
      fill(f, "Nội dung hướng dẫn cụ thể"),
      h.add(1, "Tổ chức thực hiện"),
      withEnding(
        para(
          f,
          "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về ",
          ph("cơ quan đầu mối"),
          " để được hướng dẫn",
        ),
      ),
    ],
  };
}

export function thongTri({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("nội dung thông tri")],
    summaryPrefix: "về ",
    body: [
      fill(f, "Tình hình, yêu cầu đặt ra"),
      para(
        f,
        ph("Ban Thường vụ …"),
        " yêu cầu ",
        ph("các cấp ủy, tổ chức"),
        " thực hiện tốt các nội dung sau:",
      ),
      h.add(2, "Nội dung thứ nhất"),
      fill(f, "Nội dung cụ thể"),
      h.add(2, "Tổ chức thực hiện"),
      withEnding(
        para(f, ph("Cơ quan tham mưu"), " theo dõi, hướng dẫn, kiểm tra việc thực hiện Thông tri này"),
      ),
    ],
  };
}
