// Small text and formatting helpers shared by element detection and the layout rules.
import type { Paragraph, Run } from "../model/types";
import { matchesIn } from "../text/matches";
import { foldForSearch } from "../vietnamese/fold";
import { hasLetter, isUpperText } from "../vietnamese/letters";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Folded, lower-case form for matching ("CỘNG HOÀ" and "Cộng hòa" fold alike). */
export const fold = foldForSearch;

/** Template placeholders such as "[CẦN BỔ SUNG: tên cơ quan]" stand for text the user still has to write. */
const PLACEHOLDER = /\[[^\]]*\]/g;

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, " ").replace(/\s+/g, " ").trim();
}

export function hasPlaceholder(text: string): boolean {
  return /\[[^\]]*\]/.test(text);
}

const SEGMENT = /[^\t\n]+/g;
const SPACED_PIECE = /\S(?:.*?\S)?(?= {4,}|$)/g;

/**
 * Parts of a paragraph separated by tabs or line breaks: a header written as plain paragraphs often puts the
 * agency name and the Quốc hiệu on one line, "UBND TỈNH\tCỘNG HÒA XÃ HỘI…".
 */
export function segments(p: Paragraph): Segment[] {
  return piecesOf(p.text, SEGMENT, 0);
}

/** A segment cut further at runs of four or more spaces (headers aligned with spaces instead of tabs). */
export function spaceSplit(seg: Segment): Segment[] {
  return piecesOf(seg.text, SPACED_PIECE, seg.start);
}

function piecesOf(text: string, re: RegExp, base: number): Segment[] {
  const out: Segment[] = [];
  for (const m of matchesIn(text, re)) {
    const raw = m[0];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = base + (m.index ?? 0) + (raw.length - raw.trimStart().length);
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/** Runs that show text and overlap [start, end). */
export function visibleRuns(p: Paragraph, start = 0, end = p.text.length): Run[] {
  return p.runs.filter(
    (r) =>
      (r.kind === "text" || r.kind === "field") &&
      !printsNothing(r.text) &&
      r.start < end &&
      r.start + r.text.length > start,
  );
}

/** Visible runs of the span, ignoring the characters of placeholders and white space. */
function spanRuns(p: Paragraph, start: number, end: number): Run[] {
  return visibleRuns(p, start, end).filter((r) => {
    const from = Math.max(start, r.start) - r.start;
    const to = Math.min(end, r.start + r.text.length) - r.start;
    return stripPlaceholders(r.text.slice(from, to)).replace(/[\s[\]]/g, "") !== "";
  });
}

export interface SpanLook {
  /** Every visible run bold. */
  bold: boolean;
  /** Some visible run bold. */
  anyBold: boolean;
  /** Some visible run italic. */
  italic: boolean;
  /** Every visible run underlined. */
  underline: boolean;
  /** Sizes of the visible runs (null sizes left out). */
  sizes: number[];
  /** What the reader sees is upper case (text upper case, or all-caps formatting). */
  upper: boolean;
  /** The span holds visible text at all. */
  visible: boolean;
}

export function look(p: Paragraph, start: number, end: number): SpanLook {
  const runs = spanRuns(p, start, end);
  const text = stripPlaceholders(p.text.slice(start, end));
  const sizes = [...new Set(runs.map((r) => r.format.size).filter((s): s is number => s !== null))];
  const upper =
    runs.length > 0 &&
    runs.every((r) => {
      if (r.format.allCaps) return true;
      const from = Math.max(start, r.start) - r.start;
      const to = Math.min(end, r.start + r.text.length) - r.start;
      const t = stripPlaceholders(r.text.slice(from, to));
      return !hasLetter(t) || isUpperText(t);
    });
  // A lone mark set apart ("III" bold, "." not) does not change what the reader sees: bold and italic are judged on
  // the runs that carry a letter or a digit when there are any.
  const worded = runs.filter((r) => {
    const from = Math.max(start, r.start) - r.start;
    const to = Math.min(end, r.start + r.text.length) - r.start;
    return /[\p{L}\p{N}]/u.test(r.text.slice(from, to));
  });
  const judged = worded.length > 0 ? worded : runs;
  return {
    bold: judged.length > 0 && judged.every((r) => r.format.bold),
    anyBold: runs.some((r) => r.format.bold),
    italic: judged.some((r) => r.format.italic),
    underline:
      runs.length > 0 && runs.every((r) => r.format.underline !== null && r.format.underline !== "none"),
    sizes,
    upper: upper && hasLetter(text),
    visible: runs.length > 0,
  };
}

/** Characters that print nothing: soft hyphens (a "line" typed as U+00AD), zero-width spaces and joiners. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The text as printed: invisible characters removed. */
export const printed = (text: string): string => text.replace(INVISIBLE, "");

/** A character that prints: neither white space (what trim removes) nor an invisible one. */
const PRINTS = /[^\s\u00ad\u200b-\u200d\u2060\ufeff]/;

/** Whether `printed(text).trim()` is empty, found at the first printing character rather than by copying the text. */
export const printsNothing = (text: string): boolean => !PRINTS.test(text);

export function isEmptyParagraph(p: Paragraph): boolean {
  return printsNothing(p.text);
}

/** A paragraph made of underscores (or box-drawing strokes "────") only: a hand-drawn line. */
export function isUnderscoreLine(p: Paragraph): boolean {
  return /^\s*(?:_{3,}|[\u2500\u2501]{3,})[\s_\u2500\u2501]*$/.test(p.text);
}

/** The Party header's asterisk under the issuing body. */
export function isAsteriskLine(p: Paragraph): boolean {
  return /^\s*\*+\s*$/.test(p.text);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Upper case as the reader sees it; a bare placeholder counts by its description
 * ("[CẦN BỔ SUNG: CHỨC VỤ NGƯỜI KÝ]" is an upper-case line still to be written).
 */
export function looksUpper(p: Paragraph, start: number, end: number): boolean {
  const text = p.text.slice(start, end).trim();
  if (stripPlaceholders(text) === "" && hasPlaceholder(text)) {
    const inner = text.replace(/^\[[^:\]]*:?/, "").replace(/\]$/, "");
    return isUpperText(inner);
  }
  return look(p, start, end).upper;
}
