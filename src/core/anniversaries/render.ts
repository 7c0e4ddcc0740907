// Yearly lines in the style of the plans ("- Năm 2019: Kỷ niệm 110 năm Ngày sinh của đồng chí Hoàng Văn Thụ
// (04/11/1909 – 04/11/2019); 89 năm …"), and the same lines as blocks for the drafting writer.
import type { BlockParagraph } from "../model/blocks";
import { displayName } from "./select";
import type { SelectedEvent, YearList } from "./types";

export interface RenderOptions {
  /**
   * How dates follow a counted day: "range" (04/11/1909 – 04/11/2019), "day-month" (4/11, as plans often
   * write), "full" (04/11/2019) or "none". Lunar days always show their lunar and solar dates.
   */
  dates?: "range" | "day-month" | "full" | "none";
  /** Between days of one year (default "; "). */
  separator?: string;
  /** "date" (default) or "rank": multiples of 10 first, then of 5, then the rest, each by date. */
  sort?: "date" | "rank";
  /** Join days of the same date with "và" (default true). */
  joinSameDate?: boolean;
  /** Leave out years with no day (default true). */
  skipEmptyYears?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const dmy = (d: { day: number; month: number }, year: number): string =>
  `${pad(d.day)}/${pad(d.month)}/${year}`;

function dateSuffix(s: SelectedEvent, style: NonNullable<RenderOptions["dates"]>): string {
  if (s.lunar) {
    const leap = s.lunar.leap ? " nhuận" : "";
    return ` (${s.lunar.day} tháng ${s.lunar.month}${leap} âm lịch, tức ${dmy(s.date, s.date.year)})`;
  }
  switch (style) {
    case "range":
      return s.countYear === null
        ? ` (${dmy(s.date, s.year)})`
        : ` (${dmy(s.date, s.countYear)} – ${dmy(s.date, s.year)})`;
    case "day-month":
      return ` ${s.date.day}/${s.date.month}`;
    case "full":
      return ` ${dmy(s.date, s.year)}`;
    case "none":
      return "";
  }
}

function itemText(s: SelectedEvent): string {
  return s.anniversary === null ? displayName(s) : `${s.anniversary} năm ${displayName(s)}`;
}

function sameDate(a: SelectedEvent, b: SelectedEvent): boolean {
  return a.date.day === b.date.day && a.date.month === b.date.month && !a.lunar && !b.lunar;
}

export function sortEvents(events: SelectedEvent[], sort: RenderOptions["sort"] = "date"): SelectedEvent[] {
  const byDate = (a: SelectedEvent, b: SelectedEvent): number =>
    a.date.month - b.date.month || a.date.day - b.date.day;
  return [...events].sort(sort === "rank" ? (a, b) => b.rank - a.rank || byDate(a, b) : byDate);
}

/** The text after "- Năm YYYY: ", or "" when the year has no day. */
export function renderYearItems(list: YearList, options: RenderOptions = {}): string {
  const style = options.dates ?? "range";
  const join = options.joinSameDate ?? true;
  const events = sortEvents(list.events, options.sort);
  const groups: SelectedEvent[][] = [];
  for (const s of events) {
    const last = groups[groups.length - 1];
    if (
      join &&
      last &&
      sameDate(last[last.length - 1], s) &&
      s.anniversary !== null &&
      last[0].anniversary !== null
    ) {
      last.push(s);
    } else groups.push([s]);
  }
  // With one shared date, it is written once after the last day of the group ("… và 30 năm … 22/12").
  const sharedDate = style === "day-month" || style === "full";
  let counted = false;
  const parts = groups.map((group, index) => {
    const items = group.map(
      (s, i) => itemText(s) + (sharedDate && i < group.length - 1 ? "" : dateSuffix(s, style)),
    );
    const text =
      items.length > 1 ? `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}` : items[0];
    if (group[0].anniversary === null || counted) return text;
    counted = true;
    return (index === 0 ? "Kỷ niệm " : "kỷ niệm ") + text;
  });
  return parts.join(options.separator ?? "; ");
}

/** One line per year: "- Năm 2019: Kỷ niệm …; … ." */
export function renderLines(lists: YearList[], options: RenderOptions = {}): string[] {
  const lines: string[] = [];
  for (const list of lists) {
    const items = renderYearItems(list, options);
    if (!items && (options.skipEmptyYears ?? true)) continue;
    lines.push(`- Năm ${list.year}: ${items}.`);
  }
  return lines;
}

/** The lines as body paragraphs for the drafting writer (role "anniversary"). */
export function renderBlocks(lists: YearList[], options: RenderOptions = {}): BlockParagraph[] {
  return renderLines(lists, options).map((text) => ({
    kind: "paragraph",
    role: "anniversary",
    align: "both",
    indent: { firstLine: 567 },
    spacingAfter: 6,
    runs: [{ text }],
  }));
}
