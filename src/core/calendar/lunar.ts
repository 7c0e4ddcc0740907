// The Vietnamese lunar calendar (âm lịch) computed for the 105°E meridian (UTC+7), after the rules
// Hồ Ngọc Đức restates from the Explanatory Supplement to the Astronomical Almanac:
//   1. a month starts on the local day holding the new moon;
//   2. the month holding the December solstice is month 11;
//   3. when 13 months separate two months 11, the first month after month 11 that holds no principal
//      term (sun longitude a multiple of 30°) is a leap month and repeats the number of the month before.
// The time zone is a parameter fixed to 7 by default; nothing reads the machine's zone.
import { VanThuError } from "../errors";
import { nearestLunation, newMoonUT, sunLongitude } from "./astronomy";
import { jdFromDate, jdToDate, type SolarDate } from "./julian";

export const VIETNAM_TIME_ZONE = 7;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface LunarDate {
  day: number;
  month: number;
  /** Lunar year (its Tết falls in this solar year). */
  year: number;
  leap: boolean;
}

interface LunarMonth {
  /** Julian Day Number of its first day. */
  start: number;
  month: number;
  leap: boolean;
  year: number;
}

interface Cycle {
  months: LunarMonth[];
  /** First day of the next cycle's month 11 (exclusive end). */
  end: number;
}

/** Local day (JDN) holding the new moon of lunation k. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonUT(k) + 0.5 + tz / 24);
}

/** Principal-term sector (0–11, 30° each) of the sun at the local midnight that starts the day. */
function sunSector(day: number, tz: number): number {
  return Math.floor(sunLongitude(day - 0.5 - tz / 24) / 30);
}

const months11 = new Map<string, { k: number; start: number }>();

/** Lunation number and first day of month 11 of a year: the month holding its December solstice. */
function month11(year: number, tz: number): { k: number; start: number } {
  const key = `${year}@${tz}`;
  const cached = months11.get(key);
  if (cached) return cached;
  const dec31 = jdFromDate(31, 12, year);
  let k = nearestLunation(dec31);
  if (newMoonDay(k, tz) > dec31) k -= 1;
  // The sun past 270° at the start of that month means the solstice fell in the month before.
  if (sunSector(newMoonDay(k, tz), tz) >= 9) k -= 1;
  const result = { k, start: newMoonDay(k, tz) };
  months11.set(key, result);
  return result;
}

const cycles = new Map<string, Cycle>();

/** The months from month 11 of `year` up to (not including) month 11 of `year + 1`. */
function cycle(year: number, tz: number): Cycle {
  const key = `${year}@${tz}`;
  const cached = cycles.get(key);
  if (cached) return cached;
  const a = month11(year, tz);
  const b = month11(year + 1, tz);
  const count = b.k - a.k;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(a.k + i, tz));
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i], tz) === sunSector(starts[i + 1], tz)) {
        leapIndex = i;
        break;
      }
    }
  }
  const months: LunarMonth[] = [];
  let month = 10;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) month = (month % 12) + 1;
    months.push({ start: starts[i], month, leap, year: month >= 11 && i < 4 ? year : year + 1 });
  }
  const result = { months, end: b.start };
  cycles.set(key, result);
  return result;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new VanThuError("unsupported", `Lịch âm chỉ tính cho các năm từ ${MIN_YEAR} đến ${MAX_YEAR}.`);
  }
}

/** Lunar date of a solar (Gregorian) date, at UTC+7 unless another zone is given. */
export function solarToLunar(day: number, month: number, year: number, tz = VIETNAM_TIME_ZONE): LunarDate {
  checkYear(year);
  const jd = jdFromDate(day, month, year);
  const c = jd >= month11(year, tz).start ? cycle(year, tz) : cycle(year - 1, tz);
  const i = c.months.findIndex((m, j) => m.start <= jd && jd < (c.months[j + 1]?.start ?? c.end));
  const m = c.months[i];
  return { day: jd - m.start + 1, month: m.month, year: m.year, leap: m.leap };
}

/** Solar date of a lunar date, or null when it does not exist (no such leap month, or day 30 of a short month). */
export function lunarToSolar(
  day: number,
  month: number,
  year: number,
  leap = false,
  tz = VIETNAM_TIME_ZONE,
): SolarDate | null {
  checkYear(year);
  const c = cycle(month >= 11 ? year : year - 1, tz);
  const i = c.months.findIndex((m) => m.month === month && m.leap === leap && m.year === year);
  if (i < 0 || day < 1) return null;
  const start = c.months[i].start;
  const length = (c.months[i + 1]?.start ?? c.end) - start;
  return day <= length ? jdToDate(start + day - 1) : null;
}

/** The month that has a leap repeat in a lunar year, or null. */
export function leapMonth(year: number, tz = VIETNAM_TIME_ZONE): number | null {
  checkYear(year);
  for (const y of [year - 1, year]) {
    const found = cycle(y, tz).months.find((m) => m.leap && m.year === year);
    if (found) return found.month;
  }
  return null;
}
