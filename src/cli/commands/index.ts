// Every vanthu subcommand, in the order `vanthu --help` lists them, with its one-line summary. A command's code
// loads only when it runs (scripts/build-cli.mjs splits the bundle there), so `vanthu --help` starts fast.
import type { CommandEntry } from "../types";

export const commands: CommandEntry[] = [
  {
    name: "check",
    summary: "kiểm tra thể thức và chính tả các tệp .docx",
    load: () => import("./check").then((m) => m.checkCommand),
  },
  {
    name: "fix",
    summary: "ghi một bản đã sửa các lỗi sửa được của một tệp .docx",
    load: () => import("./check").then((m) => m.fixCommand),
  },
  {
    name: "new",
    summary: "tạo văn bản mới (kế hoạch, báo cáo, công văn…) đúng thể thức từ hồ sơ cơ quan",
    load: () => import("./new").then((m) => m.newCommand),
  },
  {
    name: "copy",
    summary: "thêm phần bản sao (sao y, sao lục, trích sao) dưới một văn bản .docx",
    load: () => import("./copy").then((m) => m.copyCommand),
  },
  {
    name: "anniversaries",
    summary: "danh sách ngày kỷ niệm theo từng năm của một giai đoạn",
    load: () => import("./anniversaries").then((m) => m.anniversariesCommand),
  },
  {
    name: "library",
    summary: "thư viện điều khoản: kiểm tra, so sánh phiên bản, tìm kiếm",
    load: () => import("./library").then((m) => m.libraryCommand),
  },
  {
    name: "laws",
    summary: "văn bản còn hiệu lực vào một ngày (theo chủ đề), viết thành dòng căn cứ",
    load: () => import("./laws").then((m) => m.lawsCommand),
  },
];
