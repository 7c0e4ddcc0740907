// Strings of the Thư viện tab (clause libraries).
import type { ClauseField } from "../../../core/library/diff";
import type { ClauseOrigin } from "../../../core/library/layers";
import { DOCUMENT_TYPE_NAMES } from "../../../core/doc-types";
import type { DocumentType, LibraryVariable } from "../../../core/library/types";

export const library = {
  heading: "Thư viện điều khoản",
  noLibrary:
    "Chưa có thư viện nào. Chọn một thư viện mẫu, mở tệp thư viện của tỉnh (.json) hoặc tải từ địa chỉ máy chủ nội bộ.",
  libraryInfo: (name: string, version: string, date: string, count: number) =>
    `${name} — phiên bản ${version} (${date}), ${count} điều khoản`,
  layerInfo: (overrides: number, added: number) =>
    overrides + added === 0
      ? "Chưa có điều khoản riêng."
      : `Điều khoản riêng: đã sửa ${overrides} điều khoản của tỉnh, thêm ${added} điều khoản.`,

  sources: {
    show: "Đổi thư viện…",
    hide: "Ẩn các cách nạp thư viện",
    starterLabel: "Thư viện mẫu",
    useStarter: "Dùng thư viện mẫu",
    openFile: "Mở tệp thư viện…",
    fileInputLabel: "Tệp thư viện (.json)",
    urlLabel: "Địa chỉ thư viện (https://…)",
    loadUrl: "Tải từ địa chỉ",
    refresh: "Cập nhật từ địa chỉ đã lưu",
    loading: "Đang tải thư viện…",
    exportLayer: "Xuất điều khoản riêng (JSON)",
    exportDone: (file: string) => `Đã xuất tệp ${file}. Hãy cất tệp này ở nơi an toàn.`,
    backupHint:
      "Điều khoản riêng được lưu trong bộ nhớ cục bộ của Office; xóa bộ nhớ đệm của Office sẽ xóa chúng. Hãy xuất một bản JSON sau khi thay đổi.",
    urlNotHttps:
      "Địa chỉ thư viện phải bắt đầu bằng https:// (phần bổ trợ chỉ được tải qua kết nối bảo mật).",
    urlInvalid: "Địa chỉ thư viện không hợp lệ.",
    fetchFailed: (url: string) =>
      `Không tải được thư viện từ ${url}: máy chủ không trả lời hoặc chưa cho phép phần bổ trợ đọc (thiếu tiêu đề Access-Control-Allow-Origin). Trợ lý vẫn dùng bản đã lưu, nếu có.`,
    httpFailed: (url: string, status: number) => `Máy chủ trả lời mã ${status} khi tải ${url}.`,
    tooLarge: (url: string, megabytes: number) =>
      `Thư viện tải từ ${url} lớn hơn ${megabytes} MB nên không được nạp.`,
    timedOut: (url: string, seconds: number) =>
      `Tải thư viện từ ${url} quá ${seconds} giây nên đã dừng; anh/chị hãy thử lại sau.`,
    fileUnreadable: (name: string) => `Không đọc được tệp ${name}.`,
    loaded: (name: string, version: string) => `Đã nạp thư viện ${name}, phiên bản ${version}.`,
    layerImported: (count: number) =>
      `Đã nhập lớp điều khoản riêng (${count} điều khoản); lớp cũ được giữ làm bản dự phòng.`,
    unchanged: (version: string) => `Thư viện không có gì mới (vẫn là phiên bản ${version}).`,
    storedInvalid: (what: string, reason: string) => `${what} đã lưu không đọc được: ${reason}`,
    storedBase: "Thư viện gốc",
    baseNotCached:
      "Bộ nhớ cục bộ của Office không nhận thêm thư viện (có thể đã đầy): thư viện dùng được trong phiên này, nhưng phải nạp lại sau khi mở lại Word.",
    layerNotSaved:
      "Không lưu được điều khoản riêng vào bộ nhớ cục bộ của Office (có thể đã đầy), nên thay đổi chưa được thực hiện. Hãy xuất điều khoản riêng ra tệp JSON.",
    storedLayer: "Lớp điều khoản riêng",
  },

  update: {
    title: (name: string, from: string, to: string) => `Phiên bản mới của ${name}: ${from} → ${to}`,
    otherLibrary: (name: string, id: string) =>
      `Tệp này là thư viện khác (${name}, mã ${id}). Chấp nhận sẽ thay thư viện gốc hiện tại; điều khoản riêng được giữ nguyên.`,
    summary: (added: number, removed: number, changed: number) =>
      `Thêm ${added}, bỏ ${removed}, sửa ${changed} điều khoản.`,
    added: "Thêm",
    removed: "Bỏ",
    changed: "Sửa",
    fields: {
      title: "tiêu đề",
      section: "mục",
      text: "nội dung",
      emphasis: "chữ đậm/nghiêng",
      tags: "thẻ",
      documentTypes: "loại văn bản",
    } satisfies Record<ClauseField, string>,
    affectsOwn: "bạn có bản sửa riêng của điều khoản này",
    notNewer: (to: string, from: string) =>
      `Chú ý: tệp này không mới hơn (phiên bản ${to}, đang dùng ${from}); chấp nhận sẽ quay về nội dung của tệp.`,
    accept: "Chấp nhận phiên bản mới",
    reject: "Giữ phiên bản cũ",
    accepted: (version: string) => `Đã chuyển sang phiên bản ${version}.`,
  },

  search: {
    label: "Tìm điều khoản",
    placeholder: "Gõ không dấu cũng được: thi dua khen thuong",
    section: "Mục",
    allSections: "Tất cả các mục",
    documentType: "Loại văn bản",
    allTypes: "Tất cả các loại",
    onlyMine: "Chỉ điều khoản tôi đã sửa hoặc thêm",
    results: (n: number, shown: number) =>
      n === 0
        ? "Không tìm thấy điều khoản nào."
        : shown < n
          ? `${n} điều khoản; hiện ${shown} điều khoản đầu — gõ thêm để thu hẹp.`
          : `${n} điều khoản`,
    listLabel: "Danh sách điều khoản",
  },

  origin: { base: "", override: "Đã sửa", own: "Riêng" } satisfies Record<ClauseOrigin, string>,

  documentTypes: DOCUMENT_TYPE_NAMES satisfies Record<DocumentType, string>,

  variables: {
    ten_tinh: "Tên tỉnh",
    ten_xa: "Tên xã, phường",
    co_quan: "Tên cơ quan (viết trong câu)",
    giai_doan: "Giai đoạn",
    nam: "Năm",
  } satisfies Record<LibraryVariable, string>,

  detail: {
    preview: "Xem trước",
    variablesTitle: "Giá trị điền vào điều khoản",
    missingValue: "Chưa có giá trị: sẽ chèn dạng [..] để điền sau",
    insert: "Chèn vào vị trí con trỏ",
    inserting: "Đang chèn…",
    inserted: (title: string) => `Đã chèn điều khoản “${title}”.`,
    insertLabel: (title: string) => `Chèn điều khoản: ${title}`,
    insertFailed: "Không chèn được điều khoản",
    edit: "Sửa",
    editBase: "Sửa thành bản riêng",
    remove: "Xóa điều khoản riêng",
    restore: "Khôi phục bản của tỉnh",
    removed: (title: string) => `Đã xóa điều khoản riêng “${title}”.`,
    restored: (title: string) => `Đã khôi phục bản của tỉnh cho “${title}”.`,
    diffTitle: "Khác với bản của tỉnh",
    note: "Ghi chú",
  },

  editor: {
    newTitle: "Điều khoản mới",
    editTitle: "Sửa điều khoản",
    title: "Tiêu đề",
    section: "Mục",
    tags: "Thẻ (cách nhau bởi dấu phẩy)",
    documentTypes: "Dùng cho",
    content: "Nội dung (mỗi dòng một đoạn; “- ” đầu dòng là gạch đầu dòng; “1. ”, “2.1. ”, “a) ” là đề mục)",
    templatize: "Thay tên tỉnh, xã, cơ quan bằng biến để đơn vị khác dùng lại",
    save: "Lưu vào điều khoản riêng",
    cancel: "Hủy",
    saved: (title: string) => `Đã lưu “${title}” vào điều khoản riêng.`,
    required: "Cần có tiêu đề, mục và nội dung.",
    invalid: (reason: string) => `Chưa lưu được: ${reason}`,
    defaultSection: "Khác",
  },

  selection: {
    save: "Lưu đoạn đang chọn thành điều khoản",
    reading: "Đang đọc đoạn đang chọn…",
    empty: "Chưa chọn đoạn nào trong văn bản (hoặc các đoạn chọn không có chữ).",
    failed: "Không đọc được đoạn đang chọn",
  },
};
