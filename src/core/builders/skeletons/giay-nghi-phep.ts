// Giấy nghỉ phép (Mẫu 1.10): granted on a request, to whom, for how long and where, counted against which leave;
// below the signature, the confirmation of the place of leave when needed.
import { centred, ph, styled } from "../paragraphs";
import { field, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function giayNghiPhep({ format: f }: SkeletonInput): Skeleton {
  const s = f.signatureSize;
  return {
    summary: [],
    summaryPrefix: "",
    body: [
      para(
        f,
        "Xét Đơn đề nghị nghỉ phép ngày ",
        ph("… tháng … năm …"),
        " của ông (bà) ",
        ph("họ và tên"),
        ", ",
        ph("Tên cơ quan"),
        " cấp cho:",
      ),
      field(f, "Ông (bà)", "họ và tên"),
      field(f, "Chức vụ", "chức vụ, đơn vị công tác"),
      para(
        f,
        "Được nghỉ phép trong thời gian ",
        ph("số ngày"),
        " kể từ ngày ",
        ph("… tháng … năm …"),
        " đến hết ngày ",
        ph("… tháng … năm …"),
        " tại ",
        ph("nơi nghỉ phép"),
        ".",
      ),
      para(
        f,
        "Số ngày nghỉ phép nêu trên được tính vào thời gian ",
        ph("nghỉ hằng năm có hưởng lương"),
        "./.",
      ),
    ],
    recipients: [{ name: "[Người được cấp giấy nghỉ phép]" }],
    trailer: [
      centred(
        styled(["Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép (nếu cần)"], {
          bold: true,
        }),
        s,
        "body",
        { spacingBefore: 18, keepNext: true },
      ),
      centred(styled(["(Chữ ký, dấu)"], { italic: true }), s, "body", { spacingAfter: 48, keepNext: true }),
      centred([ph("Họ và tên", { bold: true })], s, "body"),
    ],
  };
}
