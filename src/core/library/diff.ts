// What changed between two versions of a library (added, removed, text changed), shown before a new
// province version is accepted; and a word diff of a changed clause's text.
import { contentLines } from "./blocks";
import type { Clause, ClauseLibrary, ContentParagraph } from "./types";

export type ClauseField = "title" | "section" | "text" | "emphasis" | "tags" | "documentTypes";

export interface ChangedClause {
  before: Clause;
  after: Clause;
  fields: ClauseField[];
}

export interface LibraryDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  added: Clause[];
  removed: Clause[];
  changed: ChangedClause[];
  unchanged: number;
}

export function clauseText(clause: Clause): string {
  return contentLines(clause.content).join("\n");
}

function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function shape(content: ContentParagraph[]): unknown {
  return content.map((p) => ({ ...p, text: typeof p.text === "string" ? [{ text: p.text }] : p.text }));
}

export function changedFields(before: Clause, after: Clause): ClauseField[] {
  const fields: ClauseField[] = [];
  if (before.title !== after.title) fields.push("title");
  if (before.section !== after.section) fields.push("section");
  if (clauseText(before) !== clauseText(after)) fields.push("text");
  else if (!same(shape(before.content), shape(after.content))) fields.push("emphasis");
  if (!same([...before.tags].sort(), [...after.tags].sort())) fields.push("tags");
  if (!same([...before.documentTypes].sort(), [...after.documentTypes].sort())) fields.push("documentTypes");
  return fields;
}

export function diffLibraries(before: ClauseLibrary, after: ClauseLibrary): LibraryDiff {
  const old = new Map(before.clauses.map((c) => [c.id, c]));
  const now = new Set(after.clauses.map((c) => c.id));
  const diff: LibraryDiff = {
    from: { id: before.id, version: before.version },
    to: { id: after.id, version: after.version },
    added: [],
    removed: before.clauses.filter((c) => !now.has(c.id)),
    changed: [],
    unchanged: 0,
  };
  for (const clause of after.clauses) {
    const prev = old.get(clause.id);
    if (!prev) diff.added.push(clause);
    else {
      const fields = changedFields(prev, clause);
      if (fields.length) diff.changed.push({ before: prev, after: clause, fields });
      else diff.unchanged++;
    }
  }
  return diff;
}

export function isEmptyDiff(diff: LibraryDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

export type WordOp = { op: "same" | "add" | "del"; text: string };

/** Above this many words on either side the diff is whole-text (delete all, add all). */
const MAX_DIFF_WORDS = 3000;

/** A word-level diff (longest common subsequence), white space kept with the word before it. */
export function diffWords(a: string, b: string): WordOp[] {
  const wa = a.match(/\S+\s*|\s+/g) ?? [];
  const wb = b.match(/\S+\s*|\s+/g) ?? [];
  if (wa.length > MAX_DIFF_WORDS || wb.length > MAX_DIFF_WORDS)
    return [
      { op: "del", text: a },
      { op: "add", text: b },
    ].filter((o) => o.text !== "") as WordOp[];
  const n = wa.length;
  const m = wb.length;
  // lcs[i][j] = LCS length of wa[i..] and wb[j..], in one flat array.
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        wa[i].trim() === wb[j].trim()
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  const ops: WordOp[] = [];
  const push = (op: WordOp["op"], text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (wa[i].trim() === wb[j].trim()) {
      push("same", wb[j]);
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) push("del", wa[i++]);
    else push("add", wb[j++]);
  }
  while (i < n) push("del", wa[i++]);
  while (j < m) push("add", wb[j++]);
  return ops;
}
