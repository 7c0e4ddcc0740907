// Heading labels, typed ("II.", "2.1.", "a)", "Điều 3.") or produced by Word's list numbering.
import type { Paragraph } from "../model/types";
import { POINT_LETTERS, romanValue } from "../text/numerals";
import type { HeadingScheme } from "./types";
import { isUpperText, startsUpper } from "../vietnamese/letters";

export interface ParsedLabel {
  scheme: HeadingScheme;
  /** The label as written ("II.", "Điều 3."). */
  label: string;
  values: number[];
}

const ORDINALS: Record<string, number> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

function numberOf(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  const roman = romanValue(token);
  if (roman !== null) return roman;
  const ord = /^thứ\s+(\S+)$/iu.exec(token);
  return ord ? (ORDINALS[ord[1].toLowerCase()] ?? null) : null;
}

/** A label ends where a space or a capital follows it: "I.", "1.2. Nội dung", "II.NỘI DUNG", not "1.5 lần". */
function spaceOrUpperAfter(text: string, m: RegExpExecArray): boolean {
  const next = text.slice(m.index + m[0].length);
  return /^\s/.test(next) || startsUpper(next);
}

/** "1.2." before a space or a capital, or "1.2" and spaces before a capital (the last group is the dot or spaces). */
function labelEnds(text: string, m: RegExpExecArray): boolean {
  const last = m[m.length - 1];
  return last === "." ? spaceOrUpperAfter(text, m) : startsUpper(text.slice(m.index + m[0].length));
}

/** Parse the label at the start of a heading line, or null when the line is not numbered. */
/** The characters a label can start with (Phần, Chương, Mục, Điều, Roman numerals, digits, letters a–đ, - – +):
 * most paragraphs start with none, and one test spares them the dozen patterns below. */
const LABEL_START = /^\s*[PCMĐIVXL\da-zđ\-–+]/u;

export function parseHeadingLabel(text: string): ParsedLabel | null {
  if (!LABEL_START.test(text)) return null;
  const t = text.trimStart();
  let m: RegExpExecArray | null;
  // Phần, Chương and Mục stand on their own line (or before their title); not "Phần thứ nhất bao gồm …".
  const own = (rest: string) => rest.trim() === "" || /^\s*[.:–-]/.test(rest) || isUpperText(rest);
  if ((m = /^(Phần|PHẦN)\s+(thứ\s+\S+|[IVXLCDM]+|\d+)\b\.?/u.exec(t)) && own(t.slice(m[0].length))) {
    const v = numberOf(m[2]);
    return v === null ? null : { scheme: "phan", label: m[0].trim(), values: [v] };
  }
  if ((m = /^(Chương|CHƯƠNG)\s+([IVXLCDM]+|\d+)\b\.?/u.exec(t)) && own(t.slice(m[0].length))) {
    const v = numberOf(m[2]);
    return v === null ? null : { scheme: "chuong", label: m[0].trim(), values: [v] };
  }
  if ((m = /^(Mục|MỤC)\s+(\d+)\b\.?/u.exec(t)) && own(t.slice(m[0].length)))
    return { scheme: "muc-normative", label: m[0].trim(), values: [Number(m[2])] };
  if ((m = /^(Điều|ĐIỀU)\s+(\d+)\s*\./u.exec(t)))
    return { scheme: "dieu", label: m[0].trim(), values: [Number(m[2])] };
  if ((m = /^([IVXLC]+)\s*\./.exec(t)) && spaceOrUpperAfter(t, m)) {
    const v = romanValue(m[1]);
    return v === null ? null : { scheme: "roman", label: m[0].trim(), values: [v] };
  }
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})(\.|\s+)/.exec(t)) && labelEnds(t, m))
    return { scheme: "decimal3", label: m[0].trim(), values: [Number(m[1]), Number(m[2]), Number(m[3])] };
  if ((m = /^(\d{1,2})\.(\d{1,2})(\.|\s+)/.exec(t)) && labelEnds(t, m))
    return { scheme: "decimal2", label: m[0].trim(), values: [Number(m[1]), Number(m[2])] };
  if ((m = /^(\d{1,3})[.)]/.exec(t)) && spaceOrUpperAfter(t, m))
    return { scheme: "decimal", label: m[0].trim(), values: [Number(m[1])] };
  if ((m = /^([a-zđ])\)/u.exec(t)))
    return { scheme: "letter", label: m[0], values: [POINT_LETTERS.indexOf(m[1]) + 1] };
  if (/^[-–]\s/.test(t)) return { scheme: "dash", label: t[0], values: [] };
  if (/^\+\s/.test(t)) return { scheme: "plus", label: "+", values: [] };
  return null;
}

/** The label of a paragraph: Word's list label first, then the typed text. */
export function paragraphLabel(p: Paragraph): (ParsedLabel & { fromList: boolean }) | null {
  const listLabel = p.list?.label.trim();
  if (listLabel) {
    const parsed = parseHeadingLabel(`${listLabel} X`);
    if (parsed) return withSource(parsed, true);
    if (p.list?.format === "bullet")
      return { scheme: listLabel === "+" ? "plus" : "dash", label: listLabel, values: [], fromList: true };
  }
  const typed = parseHeadingLabel(p.text);
  return typed ? withSource(typed, false) : null;
}

/** Written field by field: a spread of the parsed label takes V8's slow generic path, once per heading. */
const withSource = ({ scheme, label, values }: ParsedLabel, fromList: boolean) => ({
  scheme,
  label,
  values,
  fromList,
});

export const PLAN_ORDER: HeadingScheme[] = [
  "phan",
  "roman",
  "decimal",
  "decimal2",
  "decimal3",
  "letter",
  "dash",
  "plus",
];
export const NORMATIVE_ORDER: HeadingScheme[] = [
  "phan",
  "chuong",
  "muc-normative",
  "dieu",
  "khoan",
  "diem",
  "dash",
  "plus",
];
