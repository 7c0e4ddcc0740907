// vanthu laws: the documents in force on a date (optionally on a topic), as căn cứ lines or JSON — what a quyết
// định's căn cứ may cite. The laws data loads only when this command runs.
import { toDayMonthYear } from "../../core/builders/date-line";
import { VanThuError } from "../../core/errors";
import { basisLine, currentLaws, isoDate } from "../../core/laws/laws";
import type { Command } from "../types";

const USAGE = `vanthu laws [--date YYYY-MM-DD] [--topic "CHỦ ĐỀ"] [--format text|json]

  --date     ngày ban hành của văn bản đang soạn (mặc định: hôm nay)
  --topic    các từ trong tên văn bản, không cần dấu (ví dụ: "thi đua", "dat dai")
  --format   text (mặc định): số hiệu (dùng cho vanthu new --basis) và dòng căn cứ, cách nhau bằng tab; json: {"date":…,"laws":[…]} kèm số, ngày, hiệu lực, nguồn`;

const fail = (message: string): never => {
  throw new VanThuError("unsupported", message);
};

function parseArgs(argv: string[]): { date: string; topic: string; format: "text" | "json" } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (!["--date", "--topic", "--format"].includes(name))
      fail(`Không hiểu tham số "${argv[i]}"; xem vanthu laws --help.`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) fail(`Thiếu giá trị sau ${name}.`);
    values.set(name, value);
  }
  const date = values.get("--date") ?? isoDate(toDayMonthYear(new Date()));
  const d = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date)
    fail(`Ngày "${date}" không hợp lệ; hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-01-15.`);
  const format = values.get("--format") ?? "text";
  if (format !== "text" && format !== "json") fail(`Định dạng "${format}" không có; dùng text hoặc json.`);
  return { date, topic: values.get("--topic") ?? "", format: format as "text" | "json" };
}

export const lawsCommand: Command = {
  name: "laws",
  usage: USAGE,
  async run(argv, io) {
    const { date, topic, format } = parseArgs(argv);
    const { laws } = await import("../../core/laws/dataset");
    const list = currentLaws(laws, date, topic);
    if (format === "json") {
      io.stdout(
        `${JSON.stringify({ date, topic, laws: list.map((e) => ({ ...e, basis: basisLine(e) })) })}\n`,
      );
      return 0;
    }
    if (list.length === 0) {
      io.stderr(`Không có văn bản còn hiệu lực ngày ${date} khớp chủ đề "${topic}" trong dữ liệu.\n`);
      return 0;
    }
    io.stdout(list.map((e) => `${e.id}\t${basisLine(e)}\n`).join(""));
    return 0;
  },
};
