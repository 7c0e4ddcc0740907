// Phiếu gửi, phiếu chuyển, phiếu báo (Mẫu 1.4): short slips — what is sent, passed on or announced, to whom.
import { ph } from "../paragraphs";
import { field, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function phieuGui({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("văn bản, tài liệu gửi kèm")],
    summaryPrefix: "",
    body: [
      field(f, "Kính gửi", "Tên cơ quan, đơn vị nhận"),
      field(f, "Văn bản, tài liệu gửi kèm", "số, ký hiệu, ngày, trích yếu; số bản"),
      field(f, "Mục đích gửi", "để biết, thực hiện, báo cáo"),
      para(f, "Đề nghị ", ph("Tên cơ quan, đơn vị nhận"), " nhận và gửi lại phiếu này sau khi nhận./."),
    ],
    firstRecipient: "nhu-tren",
  };
}

export function phieuChuyen({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("văn bản, hồ sơ được chuyển")],
    summaryPrefix: "",
    body: [
      field(f, "Kính chuyển", "Tên cơ quan, đơn vị có thẩm quyền"),
      field(f, "Văn bản, hồ sơ chuyển", "số, ký hiệu, ngày, trích yếu hoặc đơn thư"),
      field(f, "Lý do chuyển", "không thuộc thẩm quyền giải quyết"),
      para(f, "Đề nghị ", ph("Tên cơ quan, đơn vị nhận"), " xem xét, giải quyết theo thẩm quyền./."),
    ],
  };
}

export function phieuBao({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("nội dung báo")],
    summaryPrefix: "",
    body: [
      field(f, "Kính gửi", "Tên cơ quan, đơn vị, cá nhân nhận"),
      field(f, "Nội dung", "việc cần báo"),
      field(f, "Thời gian, địa điểm", "nếu có"),
      para(f, ph("Tên cơ quan"), " báo để ", ph("Tên cơ quan, đơn vị, cá nhân nhận"), " biết, thực hiện./."),
    ],
    firstRecipient: "nhu-tren",
  };
}
