import {
  MAX_YEAR,
  MIN_YEAR,
  jdFromDate,
  jdToDate,
  leapMonth,
  lunarToSolar,
  solarToLunar,
  weekday,
  yearCanChi,
} from "../../../src/core/calendar";
import { VanThuError } from "../../../src/core/errors";

// Fact sheet §B3: year, Can Chi, Tết (dd/mm), weekday (T2…T7, CN), leap month, Giỗ Tổ (dd/mm).
const TABLE = `
1990 Canh Ngọ 27/01 T7 5 05/04
1991 Tân Mùi 15/02 T6 - 24/04
1992 Nhâm Thân 04/02 T3 - 12/04
1993 Quý Dậu 23/01 T7 3 01/04
1994 Giáp Tuất 10/02 T5 - 20/04
1995 Ất Hợi 31/01 T3 8 09/04
1996 Bính Tý 19/02 T2 - 27/04
1997 Đinh Sửu 07/02 T6 - 16/04
1998 Mậu Dần 28/01 T4 5 06/04
1999 Kỷ Mão 16/02 T3 - 25/04
2000 Canh Thìn 05/02 T7 - 14/04
2001 Tân Tỵ 24/01 T4 4 03/04
2002 Nhâm Ngọ 12/02 T3 - 22/04
2003 Quý Mùi 01/02 T7 - 11/04
2004 Giáp Thân 22/01 T5 2 28/04
2005 Ất Dậu 09/02 T4 - 18/04
2006 Bính Tuất 29/01 CN 7 07/04
2007 Đinh Hợi 17/02 T7 - 26/04
2008 Mậu Tý 07/02 T5 - 15/04
2009 Kỷ Sửu 26/01 T2 5 04/04
2010 Canh Dần 14/02 CN - 23/04
2011 Tân Mão 03/02 T5 - 12/04
2012 Nhâm Thìn 23/01 T2 4 31/03
2013 Quý Tỵ 10/02 CN - 19/04
2014 Giáp Ngọ 31/01 T6 9 09/04
2015 Ất Mùi 19/02 T5 - 28/04
2016 Bính Thân 08/02 T2 - 16/04
2017 Đinh Dậu 28/01 T7 6 06/04
2018 Mậu Tuất 16/02 T6 - 25/04
2019 Kỷ Hợi 05/02 T3 - 14/04
2020 Canh Tý 25/01 T7 4 02/04
2021 Tân Sửu 12/02 T6 - 21/04
2022 Nhâm Dần 01/02 T3 - 10/04
2023 Quý Mão 22/01 CN 2 29/04
2024 Giáp Thìn 10/02 T7 - 18/04
2025 Ất Tỵ 29/01 T4 6 07/04
2026 Bính Ngọ 17/02 T3 - 26/04
2027 Đinh Mùi 06/02 T7 - 16/04
2028 Mậu Thân 26/01 T4 5 04/04
2029 Kỷ Dậu 13/02 T3 - 23/04
2030 Canh Tuất 02/02 T7 - 12/04
`
  .trim()
  .split("\n")
  .map((line) => {
    const [year, can, chi, tet, wd, leap, gio] = line.split(" ");
    const [td, tm] = tet.split("/").map(Number);
    const [gd, gm] = gio.split("/").map(Number);
    return {
      year: Number(year),
      canChi: `${can} ${chi}`,
      tet: [td, tm],
      wd,
      leap: leap === "-" ? null : Number(leap),
      gio: [gd, gm],
    };
  });

const WEEKDAYS = ["CN", "T2", "T3", "T4", "T5", "T6", "T7"];

describe("Vietnamese lunar calendar, fact sheet table 1990–2030", () => {
  it("has the 41 rows", () => expect(TABLE).toHaveLength(41));
  for (const row of TABLE) {
    it(`${row.year} ${row.canChi}`, () => {
      expect(lunarToSolar(1, 1, row.year)).toEqual({ day: row.tet[0], month: row.tet[1], year: row.year });
      expect(WEEKDAYS[weekday(jdFromDate(row.tet[0], row.tet[1], row.year))]).toBe(row.wd);
      expect(lunarToSolar(10, 3, row.year)).toEqual({ day: row.gio[0], month: row.gio[1], year: row.year });
      expect(leapMonth(row.year)).toBe(row.leap);
      expect(yearCanChi(row.year)).toBe(row.canChi);
      expect(solarToLunar(row.tet[0], row.tet[1], row.year)).toEqual({
        day: 1,
        month: 1,
        year: row.year,
        leap: false,
      });
    });
  }
});

describe("edge cases (§B2, §B4)", () => {
  it("follows UTC+7, not the Chinese UTC+8 calendar", () => {
    expect(lunarToSolar(1, 1, 2007)).toEqual({ day: 17, month: 2, year: 2007 });
    expect(lunarToSolar(1, 1, 2007, false, 8)).toEqual({ day: 18, month: 2, year: 2007 });
    expect(lunarToSolar(1, 1, 2030)).toEqual({ day: 2, month: 2, year: 2030 });
    expect(lunarToSolar(1, 1, 2030, false, 8)).toEqual({ day: 3, month: 2, year: 2030 });
    expect(lunarToSolar(1, 1, 2053)).toEqual({ day: 18, month: 2, year: 2053 });
    expect(lunarToSolar(1, 1, 2053, false, 8)).toEqual({ day: 19, month: 2, year: 2053 });
    expect(lunarToSolar(1, 1, 1968)).toEqual({ day: 29, month: 1, year: 1968 });
    expect(lunarToSolar(1, 1, 1968, false, 8)).toEqual({ day: 30, month: 1, year: 1968 });
    expect(lunarToSolar(1, 1, 1969)).toEqual({ day: 16, month: 2, year: 1969 });
  });

  it("puts Tết 1985 a whole month before China's, with leap month 2 in 1985 and none in 1984", () => {
    expect(lunarToSolar(1, 1, 1985)).toEqual({ day: 21, month: 1, year: 1985 });
    expect(lunarToSolar(1, 1, 1985, false, 8)).toEqual({ day: 20, month: 2, year: 1985 });
    expect(leapMonth(1985)).toBe(2);
    expect(leapMonth(1984)).toBeNull();
    expect(leapMonth(1984, 8)).toBe(10);
  });

  it("has leap month 6 in 2025 and the leap month repeats its number", () => {
    expect(leapMonth(2025)).toBe(6);
    const june = lunarToSolar(1, 6, 2025)!;
    const leapJune = lunarToSolar(1, 6, 2025, true)!;
    expect(june).toEqual({ day: 25, month: 6, year: 2025 });
    expect(leapJune).toEqual({ day: 25, month: 7, year: 2025 });
    expect(solarToLunar(25, 7, 2025)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar(1, 5, 2025, true)).toBeNull();
  });

  it("gives Trung thu (15/8 âm lịch)", () => {
    expect(lunarToSolar(15, 8, 2024)).toEqual({ day: 17, month: 9, year: 2024 });
    expect(lunarToSolar(15, 8, 2025)).toEqual({ day: 6, month: 10, year: 2025 });
    expect(lunarToSolar(15, 8, 2026)).toEqual({ day: 25, month: 9, year: 2026 });
  });

  it("labels lunar months 11 and 12 with the lunar year that is ending", () => {
    // 01/01/2025 is in month 12 of Giáp Thìn (2024).
    expect(solarToLunar(1, 1, 2025)).toMatchObject({ month: 12, year: 2024, leap: false });
    expect(solarToLunar(28, 1, 2025)).toMatchObject({ day: 29, month: 12, year: 2024 });
  });

  it("refuses years outside 1900–2100 with a Vietnamese sentence", () => {
    expect(() => solarToLunar(1, 1, 1899)).toThrow(VanThuError);
    expect(() => lunarToSolar(1, 1, 2101)).toThrow(/1900 đến 2100/);
  });

  it("does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "Asia/Shanghai";
    try {
      expect(lunarToSolar(1, 1, 2007)).toEqual({ day: 17, month: 2, year: 2007 });
      expect(solarToLunar(2, 2, 2030)).toEqual({ day: 1, month: 1, year: 2030, leap: false });
    } finally {
      process.env.TZ = before;
    }
  });
});

describe("whole range 1900–2100", () => {
  it("puts every Tết between 21/01 and 20/02", () => {
    for (let y = MIN_YEAR + 1; y <= MAX_YEAR; y++) {
      const t = lunarToSolar(1, 1, y)!;
      const jd = jdFromDate(t.day, t.month, t.year);
      expect(jd).toBeGreaterThanOrEqual(jdFromDate(21, 1, y));
      expect(jd).toBeLessThanOrEqual(jdFromDate(20, 2, y));
    }
  });

  it("walks day by day without gaps, and every day converts back", () => {
    let prev = solarToLunar(1, 1, MIN_YEAR);
    let months = 0;
    for (let jd = jdFromDate(2, 1, MIN_YEAR); jd <= jdFromDate(31, 12, MAX_YEAR); jd++) {
      const d = jdToDate(jd);
      const l = solarToLunar(d.day, d.month, d.year);
      if (l.day === 1) {
        months++;
        expect([29, 30]).toContain(prev.day);
        const sameNumber = l.leap && l.month === prev.month;
        const next = (prev.month % 12) + 1 === l.month && !l.leap;
        expect(sameNumber || next).toBe(true);
        if (l.month === 1 && !l.leap) expect(l.year).toBe(prev.year + 1);
        else expect(l.year).toBe(prev.year);
      } else {
        expect(l).toEqual({ ...prev, day: prev.day + 1 });
      }
      if ((l.day === 1 || l.day === 15) && l.year >= MIN_YEAR)
        expect(lunarToSolar(l.day, l.month, l.year, l.leap)).toEqual(d);
      prev = l;
    }
    // 201 years of about 12.37 lunations each.
    expect(months).toBeGreaterThan(2480);
    expect(months).toBeLessThan(2490);
  });
});
