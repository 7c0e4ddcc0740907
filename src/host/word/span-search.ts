// Finding a character span of a paragraph with Word's search: which text to search for and which of the
// results is the span. Word's search matches left to right without overlaps, gives "^" special meaning, finds
// straight and curly quotes for each other, and refuses a query longer than 255 characters
// (docs/word-behaviour.md, "Search"). Texts given here are in the comparable form (core/text/paragraph-text).

export const WORD_SEARCH_MAX = 255;

export interface SpanSearch {
  /** Text for paragraph.search (special characters escaped). */
  query: string;
  /** Which result (0-based) is the span. */
  occurrence: number;
  /** How many results Word must return, or the paragraph changed in a way the text did not show. */
  expectedCount: number;
  /** For an empty span: insert at the "End" of the found character, or at the "Start" of it. */
  insertAt?: "End" | "Start";
  /**
   * For a span longer than Word's search limit: `query` finds its first characters and `tail` its last ones;
   * the span is the first range expanded to the second (Range.expandTo, WordApi 1.3).
   */
  tail?: { query: string; occurrence: number; expectedCount: number };
}

/** Characters searched at each end of a span too long to search whole (escaped, it stays under the limit). */
const EDGE = 100;

export function escapeSearch(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "^") out += "^^";
    else if (ch === "\t") out += "^t";
    else if (ch === "\n") out += "^l";
    else if (ch === "\u00ad") out += "^-";
    else if (ch === "\u2011") out += "^~";
    else out += ch;
  }
  return out;
}

/** Quotes Word's search treats as one: each folded to its straight form (one character for one). */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** Where Word would find `needle` in `text`: left to right, no overlaps, quotes folded. */
function occurrences(text: string, needle: string): number[] {
  text = foldQuotes(text);
  needle = foldQuotes(needle);
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/**
 * How to find [start, end) of `text` with search; null when search cannot single it out (an overlapping
 * repetition such as the second "aa" in "aaa").
 */
export function spanSearch(text: string, start: number, end: number): SpanSearch | null {
  let from = start;
  let to = end;
  let insertAt: SpanSearch["insertAt"];
  if (start === end) {
    if (text.length === 0) return null;
    // Anchor an insertion on the character before it (or after it, at the very start).
    from = start > 0 ? start - 1 : 0;
    to = from + 1;
    insertAt = start > 0 ? "End" : "Start";
  }
  if (to <= from) return null;
  if (escapeSearch(text.slice(from, to)).length > WORD_SEARCH_MAX) {
    const head = locate(text, from, from + EDGE);
    const tail = locate(text, to - EDGE, to);
    return head && tail ? { ...head, tail } : null;
  }
  const whole = locate(text, from, to);
  return whole && insertAt ? { ...whole, insertAt } : whole;
}

function locate(
  text: string,
  from: number,
  to: number,
): { query: string; occurrence: number; expectedCount: number } | null {
  const needle = text.slice(from, to);
  const found = occurrences(text, needle);
  const occurrence = found.indexOf(from);
  return occurrence < 0 ? null : { query: escapeSearch(needle), occurrence, expectedCount: found.length };
}
