// A span of a paragraph located with Word's search: the queued searches, and the range once they are loaded.
import type { SpanSearch } from "./span-search";

/** The searches queued to find a span; resolved by the next sync. */
export interface LocatedSpan {
  found: SpanSearch;
  results: Word.RangeCollection;
  tail: Word.RangeCollection | null;
}

export function searchSpan(p: Word.Paragraph, found: SpanSearch): LocatedSpan {
  const results = p.search(found.query, { matchCase: true });
  results.load("items");
  const tail = found.tail ? p.search(found.tail.query, { matchCase: true }) : null;
  tail?.load("items");
  return { found, results, tail };
}

/** The span's range once its searches are loaded, or null when Word's results do not match the text read. */
export function rangeOf({ found, results, tail }: LocatedSpan): Word.Range | null {
  if (results.items.length !== found.expectedCount) return null;
  const head = results.items[found.occurrence];
  if (!found.tail || !tail) return head;
  if (tail.items.length !== found.tail.expectedCount) return null;
  return head.expandTo(tail.items[found.tail.occurrence]);
}
