// Instant search over clauses: diacritic- and case-insensitive ("thi dua khen thuong" finds
// "Thi đua - Khen thưởng"), over title, tags and text, ranked, filtered by section and document type.
// The folding is done once when the index is built; a keystroke only runs substring tests.
import { foldForSearch } from "../vietnamese/fold";
import { clauseText } from "./diff";
import type { Clause, DocumentType } from "./types";

/** Folded text with punctuation turned to spaces, so "thi đua - khen thưởng" reads "thi dua khen thuong". */
export function searchForm(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface Entry<T> {
  item: T;
  clause: Clause;
  order: number;
  title: string;
  tags: string;
  text: string;
}

export interface SearchIndex<T> {
  entries: Entry<T>[];
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

/** Build the folded index once per library change. `clauseOf` reads the clause of each item. */
export function buildIndex<T>(items: T[], clauseOf: (item: T) => Clause): SearchIndex<T> {
  return {
    entries: items.map((item, order) => {
      const clause = clauseOf(item);
      return {
        item,
        clause,
        order,
        title: ` ${searchForm(clause.title)} `,
        tags: ` ${clause.tags.map(searchForm).join(" | ")} `,
        text: ` ${searchForm(clauseText(clause))} `,
      };
    }),
  };
}

/** Points for one token in one field: a whole word beats a word start, which beats a substring. */
function tokenScore(field: string, token: string, weight: number): number {
  if (field.includes(` ${token} `)) return 3 * weight;
  if (field.includes(` ${token}`)) return 2 * weight;
  if (field.includes(token)) return weight;
  return 0;
}

export function search<T>(index: SearchIndex<T>, query: string, filter: SearchFilter = {}): SearchHit<T>[] {
  const phrase = searchForm(query);
  const tokens = phrase === "" ? [] : [...new Set(phrase.split(" "))];
  const hits: (SearchHit<T> & { order: number })[] = [];
  for (const e of index.entries) {
    if (filter.section !== undefined && e.clause.section !== filter.section) continue;
    if (filter.documentType !== undefined && !e.clause.documentTypes.includes(filter.documentType)) continue;
    let score = 0;
    let matched = true;
    for (const token of tokens) {
      const s = tokenScore(e.title, token, 10) + tokenScore(e.tags, token, 6) + tokenScore(e.text, token, 1);
      if (s === 0) {
        matched = false;
        break;
      }
      score += s;
    }
    if (!matched) continue;
    if (tokens.length > 1) {
      if (e.title.includes(` ${phrase}`)) score += 40;
      else if (e.tags.includes(` ${phrase}`)) score += 25;
      else if (e.text.includes(` ${phrase}`)) score += 10;
    }
    if (tokens.length > 0 && e.title.startsWith(` ${phrase}`)) score += 20;
    // A title the query covers more of is a closer match ("Công tác khen thưởng" before a longer title).
    if (tokens.length > 0 && e.title.includes(phrase))
      score += Math.round((20 * phrase.length) / e.title.length);
    hits.push({ item: e.item, clause: e.clause, score, order: e.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map(({ item, clause, score }) => ({ item, clause, score }));
}

/** Sections in order of first appearance, for browsing and the section filter. */
export function sectionsOf(clauses: Clause[]): string[] {
  return [...new Set(clauses.map((c) => c.section))];
}
