// Chương trình (Mẫu 1.4): aims, contents and tasks with who leads them and when, implementation.
import { ph } from "../paragraphs";
import { closingSentence, fill, HeadingSequence, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function chuongTrinh({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  return {
    summary: [ph("nội dung chương trình")],
    summaryPrefix: "",
    body: [
      para(
        f,
        "Thực hiện ",
        ph("văn bản chỉ đạo"),
        ", ",
        ph("Tên cơ quan"),
        " ban hành Chương trình ",
        ph("nội dung"),
        " như sau:",
      ),
      h.add(1, "Mục tiêu"),
      fill(f, "Mục tiêu chung và chỉ tiêu cụ thể"),
      h.add(1, "Nội dung, nhiệm vụ"),
      h.add(2, "Nhiệm vụ thứ nhất"),
      fill(f, "Nội dung; cơ quan chủ trì, phối hợp; thời gian thực hiện"),
      h.add(1, "Tổ chức thực hiện"),
      fill(f, "Phân công, chế độ báo cáo"),
      closingSentence(f, "Chương trình"),
    ],
  };
}
