// "Lạng Sơn, ngày 05 tháng 01 năm 2017": NĐ 30/2020, Phụ lục I, mục II.4 — days below 10 and months 1–2
// take a leading zero, months 3–12 none.

export interface DayMonthYear {
  day: number;
  month: number;
  year: number;
}

export function dayText(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function monthText(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

export function dateLine(place: string, date: DayMonthYear): string {
  return `${place}, ngày ${dayText(date.day)} tháng ${monthText(date.month)} năm ${date.year}`;
}

/** The calendar date of a Date in the local time of whoever runs it. */
export function toDayMonthYear(date: Date): DayMonthYear {
  return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
}

/** Parse "YYYY-MM-DD" into a real calendar date, or null. */
export function parseIsoDate(text: string): DayMonthYear | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return { day, month, year };
}
