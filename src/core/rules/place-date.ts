// place-date: "Lạng Sơn, ngày 10 tháng 01 năm 2017" — comma after the place, a leading zero for days 1–9 and
// months 1–2 and none for months 3–12, a real date, italic, size 13–14 (coupled with the Tiêu ngữ).
import { look } from "../analysis/text";
import {
  at,
  checkLook,
  cite,
  hasHeader,
  missing,
  optRange,
  para,
  replaceEdit,
  spanOf,
  type Range,
} from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";
import { isoDate } from "../laws/laws";
import { placeProblem } from "../units/place";

const LOC = "Phụ lục I, mục II.4";
const DATE = /ngày(\s*)(\d+|[.…_]*)(\s*)tháng(\s*)(\d+|[.…_]*)(\s*)năm(\s*)(\d+|[.…_]*)/iu;

export const placeDate: Rule = {
  meta: {
    id: "place-date",
    title: "Địa danh và thời gian ban hành",
    description:
      "Dòng địa danh, ngày tháng năm: dấu phẩy sau địa danh, số 0 trước ngày 1–9 và tháng 1–2, không có số 0 trước tháng 3–12, ngày có thật, in nghiêng.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.4" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "safe",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const i = a.header.placeDate;
    // Biên bản has no place and date line in its header (NĐ 30/2020, Phụ lục III, Mẫu 1.9).
    if (i === null)
      return hasHeader(a) && a.docTypeName?.toUpperCase() !== "BIÊN BẢN"
        ? [missing(`Thiếu dòng địa danh và ngày, tháng, năm ban hành ${cite(ctx, LOC)}.`)]
        : [];
    const p = para(ctx, i);
    const span = spanOf(ctx, "placeDate", i);
    const text = p.text.slice(span.start, span.end);
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    const comma = text.indexOf(",");
    const m = DATE.exec(text);
    if (m && (comma === -1 || comma > (m.index ?? 0))) {
      const placeEnd = span.start + text.slice(0, m.index).trimEnd().length;
      out.push(
        at(ctx, i, span, `Sau địa danh phải có dấu phẩy (“Hà Nội, ngày …”) ${c}.`, {
          description: "Thêm dấu phẩy sau địa danh",
          edits: [replaceEdit(p, placeEnd, placeEnd, ",")],
        }),
      );
    }
    if (m) {
      const base = span.start + (m.index ?? 0);
      const offset = (group: number) => base + groupOffset(m, group);
      const fixNumber = (group: number, value: string, message: string) => {
        const s = offset(group);
        out.push(
          at(ctx, i, { start: s, end: s + m[group].length }, message, {
            description: `Đổi “${m[group]}” thành “${value}”`,
            edits: [replaceEdit(p, s, s + m[group].length, value)],
          }),
        );
      };
      const day = /^\d+$/.test(m[2]) ? Number(m[2]) : null;
      const month = /^\d+$/.test(m[5]) ? Number(m[5]) : null;
      const year = /^\d+$/.test(m[8]) ? Number(m[8]) : null;
      if (day !== null && day >= 1 && day <= 9 && m[2] !== `0${day}`)
        fixNumber(2, `0${day}`, `Ngày nhỏ hơn 10 phải có số 0 đứng trước (“ngày 0${day}”) ${c}.`);
      if (month !== null && month >= 1 && month <= 2 && m[5] !== `0${month}`)
        fixNumber(5, `0${month}`, `Tháng 1 và tháng 2 phải có số 0 đứng trước (“tháng 0${month}”) ${c}.`);
      if (month !== null && month >= 3 && month <= 12 && m[5] !== `${month}`)
        fixNumber(
          5,
          `${month}`,
          `Tháng 3 đến tháng 12 không có số 0 đứng trước (“tháng ${month}”, không viết “tháng ${m[5]}”) ${c}.`,
        );
      if (day !== null && month !== null && year !== null) {
        const d = new Date(Date.UTC(year, month - 1, day));
        const real =
          d.getUTCFullYear() === year &&
          d.getUTCMonth() === month - 1 &&
          d.getUTCDate() === day &&
          year >= 1945 &&
          year <= 2100;
        if (!real)
          out.push(at(ctx, i, span, `Ngày ${day} tháng ${month} năm ${year} không phải ngày có thật ${c}.`));
      } else if (month !== null && (month < 1 || month > 12)) {
        out.push(at(ctx, i, span, `Tháng ${month} không có thật ${c}.`));
      } else if (day !== null && (day < 1 || day > 31)) {
        out.push(at(ctx, i, span, `Ngày ${day} không có thật ${c}.`));
      }
    }
    const problem = placeAtDate(ctx, text, m?.index ?? -1);
    if (problem) out.push(at(ctx, i, span, `Địa danh: ${problem} ${c}.`));
    // Sizes move together: Quốc hiệu 13 → Tiêu ngữ and date 14; Quốc hiệu 12 → Tiêu ngữ and date 13.
    let size: Range = optRange(ctx, "size", [13, 14]);
    const sizeOf = (k: number | null) =>
      k === null ? [] : look(para(ctx, k), 0, para(ctx, k).text.length).sizes;
    const q = sizeOf(a.header.nationalTitle);
    const m2 = sizeOf(a.header.motto);
    const within = (v: number) => v >= size[0] && v <= size[1];
    if (q.length === 1 && within(q[0] + 1)) size = [q[0] + 1, q[0] + 1];
    else if (m2.length === 1 && within(m2[0])) size = [m2[0], m2[0]];
    out.push(
      ...checkLook(ctx, i, span, { italic: true, bold: false, size }, "Dòng địa danh, ngày tháng", LOC),
    );
    return out;
  },
};

/**
 * Whether the place names a unit that exists at the document's date. It reads the administrative units when the
 * check has them (admin-units declares and loads them, and every profile runs it); a check without them skips this.
 */
function placeAtDate(ctx: RuleContext, text: string, dateAt: number): string | null {
  const units = ctx.datasets.units;
  const date = ctx.analysis.date;
  if (!units || !date || dateAt <= 0) return null;
  const place = text
    .slice(0, dateAt)
    .replace(/[,\s]+$/u, "")
    .trim();
  const agency = [...ctx.analysis.header.agencyName, ...ctx.analysis.header.parentAgency]
    .map((k) => para(ctx, k).text)
    .join(" ");
  const provincial =
    /(?:^|\s)(?:TỈNH|THÀNH PHỐ)\s/u.test(agency) && !/(?:^|\s)(?:XÃ|PHƯỜNG|ĐẶC KHU)\s/u.test(agency);
  return placeProblem(units, place, isoDate(date), provincial);
}

/** Offset of the day (2), month (5) or year (8) group inside the match. */
function groupOffset(m: RegExpExecArray, group: 2 | 5 | 8 | number): number {
  const parts = ["ngày", m[1], m[2], m[3], "tháng", m[4], m[5], m[6], "năm", m[7], m[8]];
  const upTo = group === 2 ? 2 : group === 5 ? 6 : 10;
  return parts.slice(0, upTo).reduce((n, s) => n + s.length, 0);
}
