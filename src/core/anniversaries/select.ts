// Which days a plan lists in each year (fact sheet §C3), configurable. The count is always computed.
import { MIN_YEAR, lunarToSolar, yearCanChi } from "../calendar";
import type { CustomEvent } from "../org/types";
import { builtinDataset } from "./dataset";
import type { AnniversaryEvent, Category, Dataset, SelectedEvent, SelectionReason, YearList } from "./types";

export interface SelectionOptions {
  from: number;
  to: number;
  /** Issuing organisation id ("mttq"): its own days are listed every year. */
  org?: string | null;
  /** Province id ("lang-son"): its layer is used and its own days are listed every year. */
  province?: string | null;
  /** Only these categories (all when omitted). */
  categories?: Category[] | null;
  /** Every day of the dataset in every year, round or not. */
  all?: boolean;
  /** Other days are listed when the count is a multiple of this (default 5). */
  roundStep?: number;
  /** Leaders' births are listed from this count (default 100)… */
  leaderMinimum?: number;
  /** …when the count is a multiple of this (default 10). */
  leaderStep?: number;
  /** Days flagged unverified in the dataset (default true: they are listed and flagged). */
  includeUnverified?: boolean;
  /** User-added days (organisation profile), listed every year. */
  customEvents?: CustomEvent[];
}

export const DEFAULT_SELECTION = { roundStep: 5, leaderMinimum: 100, leaderStep: 10 };

export function customToEvent(c: CustomEvent): AnniversaryEvent {
  return {
    id: c.id,
    name: c.name,
    day: c.day,
    month: c.month,
    calendar: c.lunar ? "lunar" : "solar",
    baseYear: c.baseYear,
    category: "tu-them",
    verification: "verified",
    sources: [],
  };
}

/** The solar date of a day in a given year; lunar days fall in the lunar year whose date lands in it. */
export function solarDateIn(
  event: Pick<AnniversaryEvent, "day" | "month" | "calendar">,
  year: number,
): { date: SelectedEvent["date"]; lunar: SelectedEvent["lunar"] } {
  if (event.calendar === "solar") return { date: { day: event.day, month: event.month, year }, lunar: null };
  for (const lunarYear of [year, year - 1].filter((y) => y >= MIN_YEAR)) {
    // Day 30 of a short month falls back to its last day.
    const date =
      lunarToSolar(event.day, event.month, lunarYear) ?? lunarToSolar(event.day - 1, event.month, lunarYear);
    if (date && date.year === year)
      return { date, lunar: { day: event.day, month: event.month, leap: false } };
  }
  const date = lunarToSolar(event.day, event.month, year) ?? { day: event.day, month: event.month, year };
  return { date, lunar: { day: event.day, month: event.month, leap: false } };
}

export function countYearOf(event: AnniversaryEvent): number | null {
  if (event.countFrom === "instituted" && event.institutedYear) return event.institutedYear;
  return event.baseYear;
}

export function rankOf(n: number | null): number {
  if (n === null) return 0;
  return n % 10 === 0 ? 2 : n % 5 === 0 ? 1 : 0;
}

function reasonFor(
  event: AnniversaryEvent,
  n: number | null,
  options: SelectionOptions,
  fromProvince: boolean,
): SelectionReason | null {
  const { roundStep, leaderMinimum, leaderStep } = { ...DEFAULT_SELECTION, ...options };
  if (event.category === "tu-them") return "custom";
  if (options.all) return "all";
  if (event.nationalHoliday) return "national";
  if (options.org && event.orgs?.includes(options.org)) return "own-org";
  if (fromProvince && event.annual) return "province";
  if (n === null) return null;
  if (event.leaderBirth) return n >= leaderMinimum && n % leaderStep === 0 ? "leader" : null;
  return n % roundStep === 0 ? "round" : null;
}

/** Days of the plan period, year by year, sorted by solar date (dataset order within a date). */
export function selectAnniversaries(options: SelectionOptions, data: Dataset = builtinDataset): YearList[] {
  const layer = options.province ? data.provinces[options.province] : undefined;
  const pool: { event: AnniversaryEvent; fromProvince: boolean }[] = [
    ...data.national.map((event) => ({ event, fromProvince: false })),
    ...(layer?.events ?? []).map((event) => ({ event, fromProvince: true })),
    ...(options.customEvents ?? []).map((c) => ({ event: customToEvent(c), fromProvince: false })),
  ];
  const lists: YearList[] = [];
  for (let year = options.from; year <= options.to; year++) {
    const events: SelectedEvent[] = [];
    for (const { event, fromProvince } of pool) {
      if (options.categories && !options.categories.includes(event.category)) continue;
      if (options.includeUnverified === false && event.verification === "unverified") continue;
      const countYear = countYearOf(event);
      const n = countYear === null ? null : year - countYear;
      if (n !== null && n < 1) continue;
      const reason = reasonFor(event, n, options, fromProvince);
      if (!reason) continue;
      const { date, lunar } = solarDateIn(event, year);
      events.push({ event, year, date, lunar, countYear, anniversary: n, reason, rank: rankOf(n) });
    }
    events.sort((a, b) => a.date.month - b.date.month || a.date.day - b.date.day);
    lists.push({ year, events });
  }
  return lists;
}

/** Display name in a given year (Tết takes the year's Can Chi). */
export function displayName(s: SelectedEvent): string {
  return s.event.canChi ? `${s.event.name} ${yearCanChi(s.year)}` : s.event.name;
}
