// vanthu anniversaries: the yearly anniversary lists of a plan period, as text lines or JSON.
import {
  CATEGORIES,
  builtinDataset,
  renderLines,
  selectAnniversaries,
  type Category,
  type RenderOptions,
  type SelectedEvent,
  type YearList,
} from "../../core/anniversaries";
import { MAX_YEAR, MIN_YEAR } from "../../core/calendar";
import { VanThuError } from "../../core/errors";
import type { Command } from "../types";

const USAGE = `vanthu anniversaries --from NĂM --to NĂM [--org MÃ] [--province MÃ] [--all] [--format text|json]
                     [--categories MÃ,MÃ] [--dates range|day-month|full|none]

  --from, --to   năm đầu và năm cuối của giai đoạn (${MIN_YEAR}–${MAX_YEAR})
  --org          tổ chức ban hành; ngày truyền thống của tổ chức được liệt kê mọi năm (ví dụ: mttq)
  --province     tỉnh; các ngày của tỉnh được dùng (ví dụ: lang-son)
  --all          mọi ngày trong dữ liệu, mỗi năm, kể cả năm không tròn và ngày âm lịch
  --format       text (mặc định): các dòng như khi chèn vào văn bản; json: một đối tượng {"years":[…]}
  --categories   chỉ các nhóm này (${CATEGORIES.join(", ")})
  --dates        cách ghi ngày sau mỗi sự kiện trong dạng text (mặc định: range)`;

interface Args {
  from: number;
  to: number;
  org: string | null;
  province: string | null;
  all: boolean;
  format: "text" | "json";
  categories: Category[] | null;
  dates: NonNullable<RenderOptions["dates"]>;
}

const fail = (message: string): never => {
  throw new VanThuError("unsupported", message);
};

function parseYear(flag: string, value: string | undefined): number {
  const year = Number(value);
  if (value === undefined || !/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
    fail(`Giá trị của ${flag} phải là một năm từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  }
  return year;
}

export function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const withValue = ["--from", "--to", "--org", "--province", "--format", "--categories", "--dates"];
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (name === "--all") flags.add(name);
    else if (withValue.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) fail(`Thiếu giá trị sau ${name}.`);
      values.set(name, value);
    } else fail(`Không hiểu tham số "${argv[i]}"; xem vanthu anniversaries --help.`);
  }
  if (!values.has("--from") || !values.has("--to")) fail("Cần --from và --to, ví dụ: --from 2017 --to 2020.");
  const from = parseYear("--from", values.get("--from"));
  const to = parseYear("--to", values.get("--to"));
  if (from > to) fail("Năm --from phải không lớn hơn năm --to.");
  const org = values.get("--org") ?? null;
  if (org !== null && !(org in builtinDataset.organisations)) {
    fail(`Không có tổ chức "${org}"; các mã có: ${Object.keys(builtinDataset.organisations).join(", ")}.`);
  }
  const province = values.get("--province") ?? null;
  if (province !== null && !(province in builtinDataset.provinces)) {
    fail(
      `Chưa có dữ liệu của tỉnh "${province}"; hiện có: ${Object.keys(builtinDataset.provinces).join(", ")}.`,
    );
  }
  const format = values.get("--format") ?? "text";
  if (format !== "text" && format !== "json") fail(`Định dạng "${format}" không có; dùng text hoặc json.`);
  const categoryList = values.get("--categories");
  const categories = categoryList ? categoryList.split(",").map((c) => c.trim()) : null;
  for (const c of categories ?? []) {
    if (!CATEGORIES.includes(c as Category))
      fail(`Không có nhóm "${c}"; các nhóm có: ${CATEGORIES.join(", ")}.`);
  }
  const dates = values.get("--dates") ?? "range";
  if (!["range", "day-month", "full", "none"].includes(dates)) {
    fail(`Cách ghi ngày "${dates}" không có; dùng range, day-month, full hoặc none.`);
  }
  return {
    from,
    to,
    org,
    province,
    all: flags.has("--all"),
    format: format as Args["format"],
    categories: categories as Category[] | null,
    dates: dates as Args["dates"],
  };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: { day: number; month: number; year: number }): string =>
  `${d.year}-${pad(d.month)}-${pad(d.day)}`;

function eventJson(s: SelectedEvent) {
  return {
    id: s.event.id,
    name: s.event.name,
    date: iso(s.date),
    baseDate:
      s.countYear === null ? null : iso({ day: s.event.day, month: s.event.month, year: s.countYear }),
    anniversary: s.anniversary,
    lunar: s.event.calendar === "lunar",
    category: s.event.category,
  };
}

export function toJson(lists: YearList[]) {
  return { years: lists.map((l) => ({ year: l.year, events: l.events.map(eventJson) })) };
}

export const anniversariesCommand: Command = {
  name: "anniversaries",
  usage: USAGE,
  run: async (argv, io) => {
    if (argv.includes("--help") || argv.includes("-h")) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    let args: Args;
    try {
      args = parseArgs(argv);
    } catch (e) {
      if (!(e instanceof VanThuError)) throw e;
      io.stderr(`${e.message}\n`);
      return 2;
    }
    const lists = selectAnniversaries({
      from: args.from,
      to: args.to,
      org: args.org,
      province: args.province,
      all: args.all,
      categories: args.categories,
    });
    const unverified = [
      ...new Set(
        lists.flatMap((l) =>
          l.events.filter((s) => s.event.verification === "unverified").map((s) => s.event.name),
        ),
      ),
    ];
    if (unverified.length)
      io.stderr(`Lưu ý: ${unverified.length} ngày chưa xác minh được nguồn: ${unverified.join("; ")}.\n`);
    if (args.format === "json") io.stdout(`${JSON.stringify(toJson(lists))}\n`);
    else {
      const lines = renderLines(lists, { dates: args.dates });
      io.stdout(lines.length ? `${lines.join("\n")}\n` : "");
    }
    return 0;
  },
};
