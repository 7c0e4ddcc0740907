// Giấy ủy quyền (Mẫu 1.4): the basis, who authorises, who is authorised, for what and for how long.
import { ph } from "../paragraphs";
import { field, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function giayUyQuyen({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("nội dung ủy quyền")],
    summaryPrefix: "Về việc ",
    body: [
      para(f, "Căn cứ ", ph("văn bản quy định việc ủy quyền"), ";"),
      field(f, "Người ủy quyền", "họ và tên, chức vụ, đơn vị"),
      field(f, "Người được ủy quyền", "họ và tên, chức vụ, đơn vị"),
      field(f, "Nội dung ủy quyền", "công việc được ủy quyền"),
      field(f, "Thời hạn ủy quyền", "từ ngày … đến ngày …"),
      para(f, "Người được ủy quyền không được ủy quyền lại cho người khác./."),
    ],
  };
}
