// Giấy mời (Mẫu 1.7): "<cơ quan> trân trọng kính mời: <người được mời>", "Tới dự …", Chủ trì, Thời gian, Địa
// điểm, what to note; the Nơi nhận are the invitees.
import { ph } from "../paragraphs";
import { field, para, withEnding } from "./common";
import type { Skeleton, SkeletonInput } from "./types";

export function giayMoi({ format: f, to }: SkeletonInput): Skeleton {
  const names = to.map((t) => t.trim().replace(/[;.,]+$/, "")).filter(Boolean);
  const invitees = names.length
    ? { text: names.join(", ") }
    : ph("Tên cơ quan, tổ chức hoặc họ và tên, chức vụ người được mời");
  return {
    summary: [ph("trích yếu nội dung cuộc họp")],
    summaryPrefix: "",
    body: [
      para(f, ph("Tên cơ quan"), " trân trọng kính mời: ", invitees, "."),
      para(f, "Tới dự ", ph("tên (nội dung) cuộc họp, hội nghị, hội thảo"), "."),
      field(f, "Chủ trì", "họ và tên, chức vụ người chủ trì"),
      field(f, "Thời gian", "… giờ …, ngày … tháng … năm …"),
      field(f, "Địa điểm", "địa điểm"),
      withEnding(fill8(f)),
    ],
    recipients: names.length ? names.map((name) => ({ name })) : [{ name: "[Người được mời]" }],
  };
}

/** The note on what to bring or prepare (Mẫu 1.7, note 8). */
function fill8(f: SkeletonInput["format"]) {
  return para(f, ph("Các vấn đề cần lưu ý: tài liệu, xác nhận tham dự"));
}
