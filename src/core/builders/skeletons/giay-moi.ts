// Giấy mời: who is invited, time, place, content.
import { ph } from "../paragraphs";
import { para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function giayMoi({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("Dự hội nghị, cuộc họp")],
    summaryPrefix: "",
    body: [
      para(f, ph("Tên cơ quan"), " trân trọng kính mời: ", ph("Thành phần được mời"), "."),
      para(f, "Thời gian: ", ph("giờ, ngày … tháng … năm …"), "."),
      para(f, "Địa điểm: ", ph("địa điểm"), "."),
      para(f, "Nội dung: ", ph("nội dung cuộc họp"), "."),
      withEnding(para(f, "Rất mong ", ph("Thành phần được mời"), " tham dự đúng thời gian")),
    ],
  };
}
