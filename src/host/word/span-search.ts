// Finding a character span of a paragraph with Word's search: which text to search for and which of the
// results is the span. Word's search matches left to right without overlaps and gives "^" special meaning.

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
}

export function escapeSearch(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "^") out += "^^";
    else if (ch === "\t") out += "^t";
    else if (ch === "\n") out += "^l";
    else out += ch;
  }
  return out;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/**
 * How to find [start, end) of `text` with search; null when search cannot single it out (an overlapping
 * repetition such as the second "aa" in "aaa", or text longer than Word's 255-character search limit).
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
  const needle = text.slice(from, to);
  const query = escapeSearch(needle);
  if (needle.length === 0 || query.length > WORD_SEARCH_MAX) return null;
  const found = occurrences(text, needle);
  const occurrence = found.indexOf(from);
  if (occurrence < 0) return null;
  return { query, occurrence, expectedCount: found.length, ...(insertAt ? { insertAt } : {}) };
}
