// Thông báo: what is announced, to whom, from when.
import { ph } from "../paragraphs";
import { fill, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function thongBao({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("Nội dung thông báo")],
    summaryPrefix: "",
    body: [
      para(f, "Thực hiện ", ph("căn cứ"), ", ", ph("Tên cơ quan"), " thông báo như sau:"),
      fill(f, "Nội dung thông báo"),
      withEnding(para(f, ph("Tên cơ quan"), " thông báo để các cơ quan, đơn vị biết, thực hiện")),
    ],
  };
}
