// Strings of the task pane shell (tabs, start-up, errors, undo, preview).
import type { TabId } from "../../state/app-context";

export const app = {
  title: "Trợ lý Văn thư",
  tabs: {
    "soan-thao": "Soạn thảo",
    "kiem-tra": "Kiểm tra",
    "ngay-ky-niem": "Ngày kỷ niệm",
    "thu-vien": "Thư viện",
    "cai-dat": "Cài đặt",
  } satisfies Record<TabId, string>,
  tabListLabel: "Các chức năng của Trợ lý",
  loading: "Đang khởi động Trợ lý Văn thư…",
  loadingDocument: "Đang đọc văn bản…",
  loadingTab: "Đang mở…",
  otherHost: "Trợ lý Văn thư chỉ chạy trong Microsoft Word.",
  startFailed: "Trợ lý Văn thư không khởi động được",
  errorTitle: "Trợ lý gặp lỗi và đã dừng phần này",
  errorBody:
    "Văn bản của anh/chị không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, đóng ngăn Trợ lý và mở lại rồi báo cho người quản trị kèm nội dung dưới đây.",
  errorRetry: "Thử lại",
  undo: "Hoàn tác thay đổi của Trợ lý",
  undoTitle: (label: string) => `Khôi phục lại trước khi: ${label}`,
  undoDone: (label: string) => `Đã hoàn tác: ${label}.`,
  undoFailed: "Không hoàn tác được",
  dismiss: "Đóng",
  preview: {
    banner:
      "Bản xem thử: Trợ lý đang chạy ngoài Word, trên một văn bản mẫu trong trình duyệt. Mọi thay đổi chỉ nằm trong trang này.",
    documentLabel: "Văn bản mẫu (xem trực tiếp)",
    sampleMissing: "Không tải được văn bản mẫu của bản xem thử",
    opening: "Đang mở văn bản mẫu…",
    emptyDocument: "(Văn bản trống)",
    openFile: "Mở tệp .docx của anh/chị",
    openFailed: (name: string) => `Không mở được ${name}`,
    download: "Tải văn bản (.docx)",
    /** The edited copy's file name: the original's with "(đã sửa)". */
    downloadName: (name: string) => `${name.replace(/\.docx$/i, "")} (đã sửa).docx`,
    downloadFailed:
      "Không tải được văn bản: trình duyệt này không cho tải tệp, hoặc bản xem thử không ghi được thay đổi vừa rồi vào tệp .docx.",
    commentTitle: (count: number) => `${count} ghi chú của Trợ lý`,
  },
};
