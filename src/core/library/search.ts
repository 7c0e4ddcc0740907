// Instant search over clauses: diacritic- and case-insensitive ("thi dua khen thuong" finds
// "Thi đua - Khen thưởng"), over title, tags and text, ranked, filtered by section and document type.
// Folding happens once per clause (cached), so a keystroke only runs substring tests; a query that extends
// a recent one (the user typing on, or deleting back) only re-checks that query's hits.
import { foldForSearch } from "../vietnamese/fold";
import { clauseText } from "./diff";
import type { Clause, DocumentType } from "./types";

/** Folded text with punctuation turned to spaces, so "thi đua - khen thưởng" reads "thi dua khen thuong". */
export function searchForm(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Folded {
  /** Each padded with spaces so " token" finds a word start and " token " a whole word. */
  title: string;
  tags: string;
  text: string;
}

interface Entry<T> extends Folded {
  item: T;
  clause: Clause;
  order: number;
}

export interface SearchFilter {
  section?: string;
  documentType?: DocumentType;
}

export interface SearchHit<T> {
  item: T;
  clause: Clause;
  score: number;
}

export interface SearchIndex<T> {
  entries: Entry<T>[];
  /** Entries matched by recent queries ("phrase\0filters" → entries), newest last, to narrow from. */
  recent: Map<string, Entry<T>[]>;
}

/** Recent queries kept per index: enough for typing a query and deleting back over it. */
const RECENT = 64;

/** Clauses are immutable values: a clause object folded once is reused by every later index. */
const foldCache = new WeakMap<Clause, Folded>();

function fold(clause: Clause): Folded {
  let folded = foldCache.get(clause);
  if (!folded) {
    folded = {
      title: ` ${searchForm(clause.title)} `,
      tags: ` ${clause.tags.map(searchForm).join(" | ")} `,
      text: ` ${searchForm(clauseText(clause))} `,
    };
    foldCache.set(clause, folded);
  }
  return folded;
}

/** Build the index once per library change. `clauseOf` reads the clause of each item. */
export function buildIndex<T>(items: T[], clauseOf: (item: T) => Clause): SearchIndex<T> {
  return {
    entries: items.map((item, order) => {
      const clause = clauseOf(item);
      return { item, clause, order, ...fold(clause) };
    }),
    recent: new Map(),
  };
}

/** 3 for a whole word, 2 for a word start, 1 for inside a word, 0 when absent (short fields only). */
function kind(field: string, token: string): number {
  if (!field.includes(token)) return 0;
  if (field.includes(` ${token} `)) return 3;
  return field.includes(` ${token}`) ? 2 : 1;
}

/** Score of one entry, or -1 when a token is missing. Body text only counts when title and tags miss. */
function scoreOf(e: Folded, tokens: string[], phrase: string): number {
  let score = 0;
  for (const token of tokens) {
    const s = 10 * kind(e.title, token) + 6 * kind(e.tags, token);
    if (s > 0) score += s;
    else if (e.text.includes(token)) score += 1;
    else return -1;
  }
  if (tokens.length === 0) return 0;
  if (tokens.length > 1) {
    if (e.title.includes(` ${phrase}`)) score += 40;
    else if (e.tags.includes(` ${phrase}`)) score += 25;
    else if (e.text.includes(` ${phrase}`)) score += 10;
  }
  if (e.title.startsWith(` ${phrase}`)) score += 20;
  // A title the query covers more of is a closer match ("Công tác khen thưởng" before a longer title).
  if (e.title.includes(phrase)) score += Math.round((20 * phrase.length) / e.title.length);
  return score;
}

/**
 * Where to look: the hits of the longest recent query this one extends (same filters). Every token of an
 * extended query contains a token of the shorter one, so its hits are a subset of the shorter one's.
 */
function narrowestPool<T>(index: SearchIndex<T>, phrase: string, filterKey: string): Entry<T>[] {
  let best: Entry<T>[] = index.entries;
  let bestLength = -1;
  for (const [key, entries] of index.recent) {
    if (!key.endsWith(filterKey)) continue;
    const previous = key.slice(0, key.length - filterKey.length);
    if (previous.length > bestLength && phrase.startsWith(previous)) {
      best = entries;
      bestLength = previous.length;
    }
  }
  return best;
}

export function search<T>(index: SearchIndex<T>, query: string, filter: SearchFilter = {}): SearchHit<T>[] {
  const phrase = searchForm(query);
  const tokens = phrase === "" ? [] : [...new Set(phrase.split(" "))];
  const filterKey = `\u0000${filter.section ?? ""}\u0000${filter.documentType ?? ""}`;
  const pool = narrowestPool(index, phrase, filterKey);
  const matched: Entry<T>[] = [];
  const scored: (SearchHit<T> & { order: number })[] = [];
  for (const e of pool) {
    if (filter.section !== undefined && e.clause.section !== filter.section) continue;
    if (filter.documentType !== undefined && !e.clause.documentTypes.includes(filter.documentType)) continue;
    const score = scoreOf(e, tokens, phrase);
    if (score < 0) continue;
    matched.push(e);
    scored.push({ item: e.item, clause: e.clause, score, order: e.order });
  }
  index.recent.delete(phrase + filterKey);
  index.recent.set(phrase + filterKey, matched);
  if (index.recent.size > RECENT) index.recent.delete(index.recent.keys().next().value!);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map(({ item, clause, score }) => ({ item, clause, score }));
}

/** Sections in order of first appearance, for browsing and the section filter. */
export function sectionsOf(clauses: Clause[]): string[] {
  return [...new Set(clauses.map((c) => c.section))];
}
