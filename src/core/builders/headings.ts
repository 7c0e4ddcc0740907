// Numbered headings of plans and reports — I. / 1. / 1.1. / a) / - / + — and "Đánh số lại": the number a new
// heading takes from the headings above it, and the edits that renumber typed headings after changes.
import type { BlockParagraph } from "../model/blocks";
import type { DocModel, Paragraph } from "../model/types";
import type { Edit } from "../rules/types";
import { POINT_LETTERS, romanValue, toRoman } from "../text/numerals";
import { FIRST_LINE } from "./paragraphs";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface ParsedHeading {
  level: HeadingLevel;
  /** Numbers of the label: [2] for "II." or "2.", [2, 3] for "2.3.", [3] for "c)"; [] for "-" and "+". */
  values: number[];
  /** Span of the label in the paragraph text. */
  start: number;
  end: number;
  label: string;
}

// Not analysis/headings.ts parseHeadingLabel on purpose: the checker reads labels leniently to report them ("II.Nội",
// "1) ", "1.1 Nội", an en dash, Chương/Điều), while renumbering rewrites the label in place, so it takes only the plan
// labels it can rewrite exactly, followed by whitespace, at the very start of the text. Numbers share text/numerals.
const PATTERNS: { level: HeadingLevel; re: RegExp; values: (m: RegExpExecArray) => number[] }[] = [
  { level: 1, re: /^([IVXLC]+)\.(?=\s)/, values: (m) => [romanValue(m[1]) ?? 0] },
  { level: 3, re: /^(\d{1,2})\.(\d{1,2})\.?(?=\s)/, values: (m) => [Number(m[1]), Number(m[2])] },
  { level: 2, re: /^(\d{1,2})\.(?=\s)/, values: (m) => [Number(m[1])] },
  { level: 4, re: /^([a-zđ])\)(?=\s)/, values: (m) => [POINT_LETTERS.indexOf(m[1]) + 1] },
  { level: 5, re: /^-(?=\s)/, values: () => [] },
  { level: 6, re: /^\+(?=\s)/, values: () => [] },
];

/** The typed heading label at the start of a paragraph's text (after leading spaces), or null. */
export function parseHeading(text: string): ParsedHeading | null {
  const lead = text.length - text.trimStart().length;
  const rest = text.slice(lead);
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const values = p.values(m);
    if (values.some((v) => v <= 0)) return null;
    return { level: p.level, values, start: lead, end: lead + m[0].length, label: m[0] };
  }
  return null;
}

/** Level of a Word list paragraph from its number format and label. */
function listLevel(p: Paragraph): ParsedHeading | null {
  if (!p.list) return null;
  const { format, label } = p.list;
  const parsed = parseHeading(`${label.trim()} `);
  if (parsed) return { ...parsed, start: 0, end: 0 };
  if (format === "bullet") return { level: 5, values: [], start: 0, end: 0, label };
  return null;
}

export function labelFor(level: HeadingLevel, counters: number[]): string {
  switch (level) {
    case 1:
      return `${toRoman(counters[0] || 1)}.`;
    case 2:
      return `${counters[1] || 1}.`;
    case 3:
      return `${counters[1] || 1}.${counters[2] || 1}.`;
    case 4:
      return `${POINT_LETTERS[(counters[3] || 1) - 1] ?? "?"})`;
    case 5:
      return "-";
    default:
      return "+";
  }
}

/** Running counters for levels 1–4 as headings are met in order. */
class Counter {
  readonly values = [0, 0, 0, 0];
  /** Count a heading at this level and return the label it should have. */
  next(level: HeadingLevel): string {
    if (level <= 4) {
      this.values[level - 1] += 1;
      for (let i = level; i < 4; i++) this.values[i] = 0;
    }
    return labelFor(level, this.values);
  }
}

/** Body paragraphs that can hold headings: outside tables, before the closing "Nơi nhận". */
function headingCandidates(model: DocModel): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of model.paragraphs) {
    if (p.index === null || p.location !== "body") continue;
    if (/^\s*Nơi nhận\s*:/.test(p.text)) break;
    if (p.cell) continue;
    out.push(p);
  }
  return out;
}

/** The label a new heading at `level` takes when inserted after the body paragraphs before `beforeIndex`. */
export function nextHeadingLabel(model: DocModel, level: HeadingLevel, beforeIndex: number): string {
  const counter = new Counter();
  for (const p of headingCandidates(model)) {
    if ((p.index as number) >= beforeIndex) break;
    const h = listLevel(p) ?? parseHeading(p.text);
    if (h) counter.next(h.level);
  }
  return counter.next(level);
}

export interface RenumberChange {
  paragraph: number;
  from: string;
  to: string;
  /** True for a Word list heading: Word numbers it itself, so no edit is made. */
  fromList: boolean;
}

/**
 * Renumber every typed heading in order: deleting "2.2." turns "2.3." into "2.2." and its children "2.3.1"-style
 * labels follow. List headings count in the sequence but Word keeps their numbers, so they get no edit.
 */
export function renumberHeadings(model: DocModel): { edits: Edit[]; changes: RenumberChange[] } {
  const counter = new Counter();
  const edits: Edit[] = [];
  const changes: RenumberChange[] = [];
  for (const p of headingCandidates(model)) {
    const list = listLevel(p);
    if (list) {
      counter.next(list.level);
      continue;
    }
    const h = parseHeading(p.text);
    if (!h) continue;
    const want = counter.next(h.level);
    // "1.1" and "1.1." are both accepted as written; only the numbers are compared.
    const written = h.level === 3 && !h.label.endsWith(".") ? `${h.label}.` : h.label;
    if (h.level <= 4 && written !== want) {
      const replacement = h.level === 3 && !h.label.endsWith(".") ? want.slice(0, -1) : want;
      edits.push({
        kind: "replaceText",
        paragraph: p.index as number,
        expectedText: p.text,
        start: h.start,
        end: h.end,
        replacement,
      });
      changes.push({ paragraph: p.index as number, from: h.label, to: replacement, fromList: false });
    }
  }
  return { edits, changes };
}

/** Formatting of each heading level in plans and reports (NĐ 30/2020, Phụ lục I, mục V 6b). */
export function buildHeading(
  level: HeadingLevel,
  label: string,
  title: string,
  size: number,
): BlockParagraph {
  const bold = level <= 3;
  const italic = level === 3;
  const text = level === 1 ? title.toLocaleUpperCase("vi") : title;
  return {
    kind: "paragraph",
    role: "heading",
    headingLevel: level,
    runs: [{ text: `${label} ${text}`, bold, italic }],
    size,
    align: "both",
    indent: { firstLine: FIRST_LINE },
    spacingBefore: level <= 2 ? 6 : 0,
    spacingAfter: 6,
    lineSpacing: 1,
    keepNext: level <= 4,
  };
}
