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

/** Above this many items on either side the diff is whole (delete all, add all). */
const MAX_DIFF_ITEMS = 3000;

/** Longest-common-subsequence diff of two sequences, with `key` saying when two items are the same. */
function diffSequence(
  a: string[],
  b: string[],
  key: (s: string) => string,
): { op: WordOp["op"]; item: string }[] {
  if (a.length > MAX_DIFF_ITEMS || b.length > MAX_DIFF_ITEMS)
    return [
      ...a.map((item) => ({ op: "del" as const, item })),
      ...b.map((item) => ({ op: "add" as const, item })),
    ];
  const n = a.length;
  const m = b.length;
  const ka = a.map(key);
  const kb = b.map(key);
  // lcs[i * (m + 1) + j] = LCS length of a[i..] and b[j..].
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        ka[i] === kb[j]
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  const ops: { op: WordOp["op"]; item: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      ops.push({ op: "same", item: b[j] });
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) ops.push({ op: "del", item: a[i++] });
    else ops.push({ op: "add", item: b[j++] });
  }
  while (i < n) ops.push({ op: "del", item: a[i++] });
  while (j < m) ops.push({ op: "add", item: b[j++] });
  return ops;
}

/** A word-level diff, white space kept with the word before it; neighbouring ops of one kind merged. */
export function diffWords(a: string, b: string): WordOp[] {
  const ops: WordOp[] = [];
  for (const { op, item } of diffSequence(a.match(/\S+\s*|\s+/g) ?? [], b.match(/\S+\s*|\s+/g) ?? [], (w) =>
    w.trim(),
  )) {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += item;
    else ops.push({ op, text: item });
  }
  return ops;
}

/** A changed line: removed, added, or replaced (with its words marked). */
export type LineChange = { op: "del" | "add"; text: string } | { op: "change"; words: WordOp[] };

/**
 * What changed between two texts, line by line. Within a run of removed and added lines, the n-th removed
 * line and the n-th added line are one changed line (its words marked); the rest stay removed or added.
 */
export function diffLines(a: string, b: string): LineChange[] {
  const ops = diffSequence(a.split("\n"), b.split("\n"), (l) => l);
  const out: LineChange[] = [];
  for (let k = 0; k < ops.length;) {
    if (ops[k].op === "same") {
      k++;
      continue;
    }
    const dels: string[] = [];
    const adds: string[] = [];
    for (; k < ops.length && ops[k].op !== "same"; k++) (ops[k].op === "del" ? dels : adds).push(ops[k].item);
    const paired = Math.min(dels.length, adds.length);
    for (let p = 0; p < paired; p++) out.push({ op: "change", words: diffWords(dels[p], adds[p]) });
    for (const text of dels.slice(paired)) out.push({ op: "del", text });
    for (const text of adds.slice(paired)) out.push({ op: "add", text });
  }
  return out;
}
