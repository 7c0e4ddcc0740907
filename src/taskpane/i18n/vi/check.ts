// Strings of the Kiểm tra tab.
export const checkStrings = {
  profile: "Bộ quy tắc",
  profiles: {
    nd30: "Cơ quan nhà nước (NĐ 30/2020)",
    dang: "Văn bản của Đảng",
    mttq: "Mặt trận Tổ quốc, đoàn thể",
  },
  stage: "Giai đoạn",
  stages: { draft: "Dự thảo", final: "Trước khi ban hành" },
  stageHint: {
    draft: "Được để trống số, ngày, tháng và họ tên người ký.",
    final: "Mọi chỗ còn trống đều là lỗi.",
  },
  run: "Kiểm tra",
  rerun: "Kiểm tra lại",
  reading: "Đang đọc văn bản…",
  checking: "Đang kiểm tra…",
  progress: (done: number, total: number) => `Đã đọc ${done}/${total}`,
  none: "Không thấy lỗi thể thức nào. Văn bản đạt các quy tắc đã chọn.",
  summary: (errors: number, warnings: number, infos: number) =>
    `${errors} lỗi · ${warnings} cảnh báo · ${infos} gợi ý`,
  severity: { error: "Lỗi", warning: "Cảnh báo", info: "Gợi ý" },
  pageLevel: "Toàn văn bản",
  /** `n` is already the 1-based number people read. */
  paragraph: (n: number) => `Đoạn ${n}`,
  outsideBody: "Ngoài thân văn bản",
  fix: "Sửa",
  fixAll: (n: number) => `Sửa tất cả (${n})`,
  fixAllHint: "Chỉ áp dụng các sửa an toàn của quy tắc này.",
  /** What a fix did, as the undo button and its notice name it. */
  changeLabel: (n: number, title: string) => `sửa ${n} chỗ “${title}”`,
  confirmGuarded: "Áp dụng thay đổi này?",
  apply: "Áp dụng",
  cancel: "Hủy",
  suggestOnly: "Gợi ý: hãy tự sửa theo nội dung trên.",
  comments: "Ghi thành nhận xét",
  commentsDone: (n: number) => `Đã ghi ${n} nhận xét vào văn bản.`,
  trackChanges: "Sửa ở chế độ theo dõi thay đổi",
  export: "Xuất báo cáo",
  basis: "Căn cứ",
  applied: (n: number) => `Đã sửa ${n} chỗ.`,
  skipped: (n: number) => `${n} chỗ đã thay đổi từ lần kiểm tra trước nên được bỏ qua; hãy kiểm tra lại.`,
  confirmSensitive:
    "Văn bản này đã ký số, được bảo vệ hoặc đang theo dõi thay đổi. Anh/chị có chắc muốn để Trợ lý sửa trực tiếp?",
  confirmSensitiveYes: "Vẫn sửa",
  unavailable: (reason: string) => `Không dùng được: ${reason}`,
  error: (message: string) => `Không kiểm tra được: ${message}`,
  reportFile: (documentName: string) =>
    `bao-cao-kiem-tra-${documentName.replace(/\.docx?$/i, "").replace(/[\\/:*?"<>|]+/g, "-")}.html`,
  unnamedDocument: "Văn bản đang mở",
};
