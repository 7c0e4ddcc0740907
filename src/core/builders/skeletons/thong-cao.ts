// Thông cáo (Mẫu 1.4): an event announced to the public — what, when, where, and its outcome.
import { ph } from "../paragraphs";
import { fill, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function thongCao({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("sự kiện được thông cáo")],
    summaryPrefix: "",
    body: [
      para(
        f,
        "Ngày ",
        ph("… tháng … năm …"),
        ", tại ",
        ph("địa điểm"),
        ", ",
        ph("Tên cơ quan"),
        " đã ",
        ph("sự kiện"),
        ".",
      ),
      fill(f, "Nội dung chính, kết quả của sự kiện"),
      withEnding(fill(f, "Thông tin liên hệ hoặc nơi đăng tải toàn văn")),
    ],
  };
}
