// Chỉ thị (Mẫu 1.4; Party per HD 36): the situation that calls for it, then what each body is directed to do,
// numbered, and who sees it carried out.
import { ph } from "../paragraphs";
import { fill, HeadingSequence, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function chiThi({ format: f }: SkeletonInput): Skeleton {
  const h = new HeadingSequence(f);
  const who = f.profile === "dang" ? "các cấp ủy, tổ chức đảng" : "các cơ quan, đơn vị";
  return {
    summary: [ph("nội dung chỉ thị")],
    summaryPrefix: "về ",
    body: [
      fill(f, "Tình hình, kết quả đạt được, hạn chế và nguyên nhân"),
      para(
        f,
        "Để ",
        ph("mục đích chỉ đạo"),
        ", ",
        ph(f.profile === "dang" ? "Ban Thường vụ …" : "Chức vụ người đứng đầu"),
        ` yêu cầu ${who} thực hiện tốt các nhiệm vụ sau:`,
      ),
      h.add(2, "Nhiệm vụ thứ nhất"),
      fill(f, "Nội dung nhiệm vụ, cơ quan chủ trì"),
      h.add(2, "Nhiệm vụ thứ hai"),
      fill(f, "Nội dung nhiệm vụ, cơ quan chủ trì"),
      h.add(2, "Tổ chức thực hiện"),
      withEnding(
        para(f, ph("Cơ quan theo dõi, đôn đốc"), " theo dõi, đôn đốc, kiểm tra việc thực hiện Chỉ thị này"),
      ),
    ],
  };
}
