// Giấy giới thiệu (Mẫu 1.8): who is introduced, to whom and about what, until when; Nơi nhận "- Như trên;".
import { ph } from "../paragraphs";
import { field, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function giayGioiThieu({ format: f, to }: SkeletonInput): Skeleton {
  const target = to[0]?.trim()
    ? { text: to[0].trim() }
    : ph("Tên cơ quan, tổ chức được giới thiệu tới làm việc");
  return {
    summary: [],
    summaryPrefix: "",
    body: [
      para(f, ph("Tên cơ quan"), " trân trọng giới thiệu:"),
      field(f, "Ông (bà)", "họ và tên"),
      field(f, "Chức vụ", "chức vụ, đơn vị công tác"),
      para(f, "Được cử đến: ", target, "."),
      field(f, "Về việc", "nội dung công việc"),
      para(f, "Đề nghị Quý cơ quan tạo điều kiện để ông (bà) có tên ở trên hoàn thành nhiệm vụ."),
      para(f, "Giấy này có giá trị đến hết ngày ", ph("… tháng … năm …"), "./."),
    ],
    firstRecipient: "nhu-tren",
    recipients: [],
  };
}
