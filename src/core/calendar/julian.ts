// Julian Day Numbers for Gregorian dates: pure integer arithmetic, no Date object, so no time zone can leak in.

export interface SolarDate {
  day: number;
  month: number;
  year: number;
}

/** Julian Day Number of a Gregorian date (the day that starts at noon UT of that date). */
export function jdFromDate(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** Gregorian date of a Julian Day Number. */
export function jdToDate(jd: number): SolarDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(jd: number): number {
  return (jd + 1) % 7;
}

export function isValidSolarDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const back = jdToDate(jdFromDate(day, month, year));
  return back.day === day && back.month === month && back.year === year;
}
