// Strings of the rule help dialog ("Hướng dẫn" in the Kiểm tra tab).
import type { FixPolicy, Normativity, Severity } from "../../../core/rules/types";

export const helpStrings = {
  button: "Hướng dẫn",
  open: (title: string) => `Hướng dẫn: ${title}`,
  close: "Đóng",
  loading: "Đang mở trang hướng dẫn…",
  noPage: "Quy tắc này chưa có trang hướng dẫn chi tiết.",
  severity: "Mức độ",
  fix: "Cách sửa",
  normativity: "Tính chất",
  basis: "Căn cứ",
  severities: { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" } satisfies Record<Severity, string>,
  fixPolicies: {
    safe: "An toàn: “Sửa tất cả” áp dụng được",
    guarded: "Có kiểm soát: anh/chị xem từng thay đổi trước khi áp dụng",
    "suggest-only": "Chỉ gợi ý: anh/chị tự sửa",
  } satisfies Record<FixPolicy, string>,
  normativities: {
    mandatory: "Bắt buộc theo quy định",
    guidance: "Theo hướng dẫn",
    practice: "Theo thực tiễn soạn thảo (không phải quy định bắt buộc)",
  } satisfies Record<Normativity, string>,
};
