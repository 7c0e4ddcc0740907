// heading-sequence: numbering without gap, repeat, wrong order or level jump. Plans and reports: I., II. /
// 1., 2. (restarting under each Roman part) / 1.1. / a). Normative structure: Chương and Mục (restarting per
// Chương), Điều through the whole document, khoản restarting in each Điều, điểm a b c d đ e g h… Each Phụ lục
// restarts its own numbering.
import { POINT_LETTERS, toRoman } from "../text/numerals";
import type { HeadingInfo } from "../analysis/types";
import { at, cite, para, replaceEdit } from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục II.6đ";

function show(h: HeadingInfo, values: number[]): string {
  switch (h.scheme) {
    case "roman":
      return `${toRoman(values[0])}.`;
    case "letter":
    case "diem":
      return `${POINT_LETTERS[values[0] - 1] ?? "?"})`;
    case "decimal":
    case "khoan":
    case "decimal2":
    case "decimal3":
      return `${values.join(".")}.`;
    default: {
      // Phần and Chương keep the numerals they use (Roman or Arabic); Mục and Điều are Arabic.
      const roman = (h.scheme === "chuong" || h.scheme === "phan") && !/\d/.test(h.label);
      return h.label.replace(/([IVXLCDM]+|\d+)(?=\s*\.?$)/u, roman ? toRoman(values[0]) : `${values[0]}`);
    }
  }
}

/** A finding for a heading whose number is not the expected one, with the renumbering as its fix. */
function wrong(ctx: RuleContext, h: HeadingInfo, expected: number[], problem: string): FindingInput {
  const p = para(ctx, h.paragraph);
  const lead = p.text.length - p.text.trimStart().length;
  const typedAt = p.text.startsWith(h.label, lead) ? lead : -1;
  const span =
    typedAt >= 0
      ? { start: typedAt, end: typedAt + h.label.length }
      : { start: lead, end: p.text.trimEnd().length };
  const want = show(h, expected);
  const fix =
    !h.fromList && typedAt >= 0 && want !== h.label && !expected.some((v) => v <= 0)
      ? { description: `Đánh số lại thành “${want}”`, edits: [replaceEdit(p, span.start, span.end, want)] }
      : undefined;
  const where = h.appendix > 0 ? ` (Phụ lục ${h.appendix})` : "";
  return at(
    ctx,
    h.paragraph,
    span,
    `Số thứ tự “${h.label}”${where} ${problem}; đúng ra là “${want}” ${cite(ctx, LOC)}.`,
    fix,
  );
}

function problemOf(got: number, expected: number): string {
  if (got === expected - 1) return "bị lặp lại";
  if (got < expected) return "sai thứ tự";
  return "bị nhảy số";
}

function checkGroup(ctx: RuleContext, headings: HeadingInfo[]): FindingInput[] {
  const out: FindingInput[] = [];
  const c: Record<string, number> = {};
  const reset = (...keys: string[]) => keys.forEach((k) => (c[k] = 0));
  // A "1., 2." list typed inside a point ("a) … 1. … 2. … b)") is an enumeration of that point, not a new run of
  // khoản: its last number while it lasts, null outside one.
  let nested: number | null = null;
  const inNestedList = (key: string, v: number): boolean => {
    if (nested !== null && v === nested + 1) {
      nested = v;
      return true;
    }
    nested = null;
    if (v === 1 && (c.letter ?? 0) > 0 && (c[key] ?? 0) >= 1) {
      nested = 1;
      return true;
    }
    return false;
  };
  const step = (h: HeadingInfo, key: string, value: number, parent: number[] = []) => {
    const expected = (c[key] ?? 0) + 1;
    if (value !== expected) out.push(wrong(ctx, h, [...parent, expected], problemOf(value, expected)));
    c[key] = value;
  };
  for (const h of headings) {
    const v = h.values[h.values.length - 1];
    switch (h.scheme) {
      case "phan":
        nested = null;
        step(h, "phan", v);
        reset("chuong", "muc", "roman", "decimal", "decimal2", "decimal3", "letter");
        break;
      case "chuong":
        step(h, "chuong", v);
        reset("muc");
        break;
      case "muc-normative":
        step(h, "muc", v);
        break;
      case "dieu":
        nested = null;
        step(h, "dieu", v);
        reset("khoan", "letter");
        break;
      case "khoan":
        if (inNestedList("khoan", v)) break;
        step(h, "khoan", v);
        reset("letter");
        break;
      case "diem":
      case "letter":
        if (v === 0)
          out.push(
            at(
              ctx,
              h.paragraph,
              { start: 0, end: h.label.length },
              `Điểm “${h.label}” dùng chữ cái không có trong bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h…) ${cite(ctx, LOC)}.`,
            ),
          );
        else step(h, "letter", v);
        nested = null;
        break;
      case "roman":
        nested = null;
        step(h, "roman", v);
        reset("decimal", "decimal2", "decimal3", "letter");
        break;
      case "decimal":
        if (inNestedList("decimal", v)) break;
        step(h, "decimal", v);
        reset("decimal2", "decimal3", "letter");
        break;
      case "decimal2": {
        const [a] = h.values;
        if (!c.decimal) out.push(wrong(ctx, h, h.values, `nhảy cấp: chưa có mục “${a}.” ở cấp trên`));
        else if (a !== c.decimal)
          out.push(
            wrong(
              ctx,
              h,
              [c.decimal, (c.decimal2 ?? 0) + 1],
              `không thuộc mục “${c.decimal}.” đang trình bày`,
            ),
          );
        else step(h, "decimal2", v, [a]);
        c.decimal2 = v;
        reset("decimal3", "letter");
        break;
      }
      case "decimal3": {
        const [a, b] = h.values;
        if (!c.decimal2) out.push(wrong(ctx, h, h.values, `nhảy cấp: chưa có mục “${a}.${b}.” ở cấp trên`));
        else if (a !== c.decimal || b !== c.decimal2)
          out.push(
            wrong(
              ctx,
              h,
              [c.decimal, c.decimal2, (c.decimal3 ?? 0) + 1],
              `không thuộc mục “${c.decimal}.${c.decimal2}.” đang trình bày`,
            ),
          );
        else step(h, "decimal3", v, [a, b]);
        c.decimal3 = v;
        reset("letter");
        break;
      }
      default:
        break;
    }
  }
  return out;
}

export const headingSequence: Rule = {
  meta: {
    id: "heading-sequence",
    title: "Thứ tự đánh số đề mục",
    description:
      "Số thứ tự các phần, mục, khoản, điểm liên tục, không lặp, không nhảy cấp; điểm theo thứ tự chữ cái tiếng Việt.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6đ; mục V, ô 6a–6b" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    // A trích sao copies part of the content with the original's numbers (NĐ 30/2020, Điều 25.3b): gaps are right.
    if (a.copy?.kind === "trich-sao") return [];
    const groups = new Map<number, HeadingInfo[]>();
    for (const h of a.headings)
      if (h.scheme !== "dash" && h.scheme !== "plus") {
        // Appended in place: copying the group for every heading was quadratic in long plans.
        const group = groups.get(h.appendix);
        if (group) group.push(h);
        else groups.set(h.appendix, [h]);
      }
    return [...groups.values()].flatMap((g) => checkGroup(ctx, g));
  },
};
