// Biên bản (Mẫu 1.9): no place and date line in the header; time, place, who attended, who chaired and who kept
// the record, the proceedings, the closing hour; THƯ KÝ and CHỦ TỌA sign side by side.
import { ph } from "../paragraphs";
import { field, fill, para } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function bienBan({ format: f }: SkeletonInput): Skeleton {
  return {
    summary: [ph("Tên cuộc họp hoặc hội nghị, hội thảo")],
    summaryPrefix: "",
    body: [
      field(f, "Thời gian bắt đầu", "… giờ …, ngày … tháng … năm …"),
      field(f, "Địa điểm", "địa điểm"),
      field(f, "Thành phần tham dự", "thành phần"),
      field(f, "Chủ trì (chủ tọa)", "họ và tên, chức vụ"),
      field(f, "Thư ký (người ghi biên bản)", "họ và tên, chức vụ"),
      para(f, "Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):"),
      fill(f, "Diễn biến, ý kiến phát biểu, kết luận"),
      para(f, "Cuộc họp (hội nghị, hội thảo) kết thúc vào ", ph("… giờ …, ngày … tháng … năm …"), "./."),
    ],
    noPlaceDate: true,
    pairClosing: { left: "THƯ KÝ", right: "CHỦ TỌA", recipients: true },
  };
}
