// Edits inside one paragraph's XML: replace a text span across runs (each run keeps its rPr), format a span
// (splitting runs at its edges), set paragraph properties. Untouched runs and children stay byte-identical.
import type { Edit } from "../../rules/types";
import { type ChildChange, patchProps } from "./props";
import { type RunChild, type ScannedParagraph, type ScannedRun, scanParagraphs } from "./scan";
import { escapeText, spliceAll } from "./xml";
import { paragraphFormatChanges, runFormatChanges } from "./format-changes";
import { REASONS } from "./plan";
import { asDeleted, type Revisions, trackPropertyChange } from "./revisions";

export type ParagraphEdit = Exclude<Edit, { kind: "setPageSetup" }>;

/** The edited paragraph XML, or a Vietnamese reason the edit cannot be applied. */
export type EditOutcome = { xml: string } | { reason: string };

export function scanOne(xml: string, namespaces: Record<string, string>): ScannedParagraph {
  const found = scanParagraphs(xml, { bodyOnly: false, namespaces }).paragraphs[0];
  if (!found) throw new Error("paragraph fragment without w:p");
  return found;
}

/** New rPr XML by format change and old rPr: runs of a document share a handful of rPr, so this saves parses. */
export type RPrMemo = Map<string, string>;

/** `revisions`: write the edit as a tracked change (see revisions.ts). */
export function applyParagraphEdit(
  xml: string,
  edit: ParagraphEdit,
  namespaces: Record<string, string>,
  memo: RPrMemo = new Map(),
  revisions?: Revisions,
): EditOutcome {
  const para = scanOne(xml, namespaces);
  const ctx: Ctx = { xml, para, prefix: para.prefix ? `${para.prefix}:` : "", namespaces, memo, revisions };
  switch (edit.kind) {
    case "replaceText": {
      if (revisions) return replaceOneTracked(ctx, revisions, edit);
      const { xml: out, refused } = replaceTexts(xml, [edit], namespaces);
      return refused.size > 0 ? { reason: [...refused.values()][0] } : { xml: out };
    }
    case "setRunFormat":
      return formatRuns(ctx, edit);
    case "setParagraphFormat": {
      const props = paragraphPropsSplice(ctx, paragraphFormatChanges(edit.format), true);
      return { xml: props ? spliceAll(xml, [props]) : xml };
    }
  }
}

interface Ctx {
  memo: RPrMemo;
  xml: string;
  para: ScannedParagraph;
  /** "w:" */
  prefix: string;
  namespaces: Record<string, string>;
  revisions?: Revisions;
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

const slice = (ctx: Ctx, r: { start: number; end: number }): string => ctx.xml.slice(r.start, r.end);

function textElement(ctx: Ctx, text: string): string {
  return text ? `<${ctx.prefix}t xml:space="preserve">${escapeText(text)}</${ctx.prefix}t>` : "";
}

/** The XML of the part of `child` covering paragraph offsets [from, to). */
function childPart(ctx: Ctx, child: RunChild, from: number, to: number): string {
  const a = child.offset;
  const b = a + child.text.length;
  if (from <= a && to >= b) return slice(ctx, child.range);
  return textElement(ctx, child.text.slice(Math.max(0, from - a), Math.min(b, to) - a));
}

/** A cut of paragraph offsets [s, e) from a run, with `insert` put in its place (null: the text goes elsewhere). */
interface Cut {
  s: number;
  e: number;
  insert: string | null;
}

/**
 * Children of a run with each cut applied (cuts sorted by s, not overlapping): in one walk over the children, so
 * a run touched by many replacements costs no more than one touched once.
 */
function cutChildren(ctx: Ctx, run: ScannedRun, cuts: Cut[]): string[] {
  const out: string[] = [];
  let k = 0;
  /** Where the text is kept again after the last cut seen. */
  let cutEnd = -1;
  const emit = (): void => {
    const text = cuts[k].insert;
    if (text !== null) out.push(textElement(ctx, text));
    cutEnd = Math.max(cutEnd, cuts[k].e);
    k++;
  };
  for (const child of run.children) {
    const a = child.offset;
    const b = a + child.text.length;
    if (a === b) {
      while (k < cuts.length && a > cuts[k].s) emit();
      out.push(slice(ctx, child.range));
      continue;
    }
    // Cuts that end before this child (an insertion at its start included) put their text before it.
    while (k < cuts.length && cuts[k].e <= a) emit();
    let cursor = Math.max(a, cutEnd);
    while (k < cuts.length && cuts[k].s < b) {
      const cut = cuts[k];
      if (cut.s > cursor) out.push(childPart(ctx, child, cursor, cut.s));
      emit();
      cursor = Math.max(cursor, cut.e);
    }
    if (cursor < b) out.push(cursor === a ? slice(ctx, child.range) : childPart(ctx, child, cursor, b));
  }
  while (k < cuts.length) emit();
  return out;
}

function runOpen(ctx: Ctx, run: ScannedRun): string {
  const open = ctx.xml.slice(run.range.start, run.openEnd);
  return open.endsWith("/>") ? `${open.slice(0, -2)}>` : open;
}

const runClose = (ctx: Ctx): string => `</${ctx.prefix}r>`;

/** One text replacement: paragraph offsets [start, end) become `replacement`. */
export interface Replacement {
  start: number;
  end: number;
  replacement: string;
}

/** The runs a replacement touches and the one that takes its text (the formatting of the first character it
 * replaces, or of the text just before it). */
function touchedRuns(
  textRuns: ScannedRun[],
  s: number,
  e: number,
): { touched: ScannedRun[]; target?: ScannedRun } {
  // Runs are in text order: find the first that can be touched by bisection, then walk while they overlap.
  let lo = 0;
  let hi = textRuns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (textRuns[mid].textEnd < s) lo = mid + 1;
    else hi = mid;
  }
  const touched: ScannedRun[] = [];
  for (let i = lo; i < textRuns.length && textRuns[i].textStart <= e; i++) {
    const r = textRuns[i];
    if (s < e ? r.textStart < e && r.textEnd > s : r.textStart <= s && r.textEnd >= s) touched.push(r);
  }
  const target =
    s < e
      ? touched[0]
      : (touched.find((r) => r.textEnd === s) ?? touched.find((r) => r.textStart === s) ?? touched[0]);
  return { touched, target };
}

/**
 * Replace text spans across runs (each run keeps its rPr), all from one scan of the paragraph: replacements must not
 * overlap. A replacement in a field is refused and reported by index; the others apply.
 */
export function replaceTexts(
  xml: string,
  replacements: Replacement[],
  namespaces: Record<string, string>,
): { xml: string; refused: Map<number, string> } {
  const para = scanOne(xml, namespaces);
  const ctx: Ctx = { xml, para, prefix: para.prefix ? `${para.prefix}:` : "", namespaces, memo: new Map() };
  const refused = new Map<number, string>();
  const textRuns = para.runs.filter((r) => r.textEnd > r.textStart);
  if (textRuns.length === 0) {
    // Nothing to cut: only insertions into an empty paragraph, of which the first is taken.
    replacements.slice(1).forEach((_, i) => refused.set(i + 1, REASONS.overlap));
    return { xml: replacements.length ? insertIntoEmpty(ctx, replacements[0].replacement) : xml, refused };
  }
  const cutsByRun = new Map<ScannedRun, Cut[]>();
  const targets = new Set<ScannedRun>();
  replacements.forEach(({ start: s, end: e, replacement }, index) => {
    const { touched, target } = touchedRuns(textRuns, s, e);
    if (touched.some((r) => r.inField)) return refused.set(index, REASONS.field);
    for (const run of touched) {
      const isTarget = run === target;
      if (!isTarget && s === e) continue;
      if (isTarget) targets.add(run);
      const cuts = cutsByRun.get(run) ?? [];
      cuts.push({ s, e, insert: isTarget ? replacement : null });
      cutsByRun.set(run, cuts);
    }
  });
  const splices: Splice[] = [];
  for (const [run, cuts] of cutsByRun) {
    cuts.sort((x, y) => x.s - y.s || x.e - y.e);
    const kept = cutChildren(ctx, run, cuts).filter(Boolean);
    const onlyText = run.children.every((c) => c.kind !== "other");
    if (!targets.has(run) && kept.length === 0 && onlyText)
      splices.push({ start: run.range.start, end: run.range.end, text: "" });
    else {
      const rPr = run.rPr ? slice(ctx, run.rPr) : "";
      splices.push({ ...run.range, text: runOpen(ctx, run) + rPr + kept.join("") + runClose(ctx) });
    }
  }
  return { xml: spliceAll(xml, splices), refused };
}

/** One replacement written as a tracked change (tracked edits go one at a time: each gets its own revision). */
function replaceOneTracked(ctx: Ctx, revisions: Revisions, edit: Replacement): EditOutcome {
  const { touched, target } = touchedRuns(
    ctx.para.runs.filter((r) => r.textEnd > r.textStart),
    edit.start,
    edit.end,
  );
  if (touched.some((r) => r.inField)) return { reason: REASONS.field };
  if (!target) return { xml: insertIntoEmpty(ctx, edit.replacement) };
  return { xml: replaceTracked(ctx, revisions, touched, target, edit.start, edit.end, edit.replacement) };
}

/**
 * The replacement as a tracked change: each touched run splits into the text before the span, the span inside
 * w:del (as w:delText), the replacement inside w:ins (in the target run's formatting) and the text after.
 */
function replaceTracked(
  ctx: Ctx,
  revisions: Revisions,
  touched: ScannedRun[],
  target: ScannedRun,
  s: number,
  e: number,
  replacement: string,
): string {
  const splices: Splice[] = [];
  for (const run of touched) {
    const isTarget = run === target;
    if (!isTarget && s === e) continue;
    const before: string[] = [];
    const removed: string[] = [];
    const after: string[] = [];
    for (const child of run.children) {
      const a = child.offset;
      const b = a + child.text.length;
      if (a === b) (a > s ? after : before).push(slice(ctx, child.range));
      else if (b <= s) before.push(slice(ctx, child.range));
      else if (a >= e) after.push(slice(ctx, child.range));
      else {
        if (a < s) before.push(childPart(ctx, child, a, s));
        removed.push(childPart(ctx, child, Math.max(a, s), Math.min(b, e)));
        if (b > e) after.push(childPart(ctx, child, e, b));
      }
    }
    const rPr = run.rPr ? slice(ctx, run.rPr) : "";
    const wrap = (kids: string[]): string =>
      kids.length ? runOpen(ctx, run) + rPr + kids.join("") + runClose(ctx) : "";
    const revision = (local: "ins" | "del", inner: string): string =>
      inner ? `<${ctx.prefix}${local}${revisions.attrs(ctx.prefix)}>${inner}</${ctx.prefix}${local}>` : "";
    splices.push({
      ...run.range,
      text:
        wrap(before) +
        revision("del", wrap(removed.map((x) => asDeleted(x, ctx.para.prefix)))) +
        (isTarget && replacement ? revision("ins", wrap([textElement(ctx, replacement)])) : "") +
        wrap(after),
    });
  }
  return spliceAll(ctx.xml, splices);
}

/** A paragraph without text gets a new run carrying the paragraph mark's formatting. */
function insertIntoEmpty(ctx: Ctx, text: string): string {
  if (!text) return ctx.xml;
  const { para } = ctx;
  let rPr = "";
  if (para.markRPr) {
    // The mark's rPr may record revisions of the mark itself; a run must not inherit those.
    rPr = patchProps(
      "rPr",
      slice(ctx, para.markRPr),
      ["ins", "del", "moveFrom", "moveTo", "rPrChange"].map((local) => ({ local, remove: true })),
      para.prefix,
      ctx.namespaces,
    );
  }
  const run = `<${ctx.prefix}r>${rPr}${textElement(ctx, text)}</${ctx.prefix}r>`;
  const at = para.pPr ? para.pPr.end : para.openEnd;
  if (para.range.end === para.openEnd) {
    // Self-closing <w:p/>.
    const open = ctx.xml.slice(para.range.start, para.openEnd).slice(0, -2) + ">";
    return (
      ctx.xml.slice(0, para.range.start) + open + run + `</${ctx.prefix}p>` + ctx.xml.slice(para.range.end)
    );
  }
  return ctx.xml.slice(0, at) + run + ctx.xml.slice(at);
}

function formatRuns(ctx: Ctx, edit: Extract<Edit, { kind: "setRunFormat" }>): EditOutcome {
  const { para } = ctx;
  const whole = edit.start === undefined && edit.end === undefined;
  const s = edit.start ?? 0;
  const e = edit.end ?? para.text.length;
  const changes = runFormatChanges(edit.format);
  const changeKey = JSON.stringify(edit.format);
  const newRPr = (run: ScannedRun): string => {
    const old = run.rPr ? slice(ctx, run.rPr) : "";
    const key = `${changeKey}\u0000${para.prefix}\u0000${old}`;
    let next = ctx.memo.get(key);
    if (next === undefined) {
      next = patchProps("rPr", old, changes, para.prefix, ctx.namespaces);
      ctx.memo.set(key, next);
    }
    // Each tracked change has its own revision id, so it is added after the memo.
    return ctx.revisions
      ? trackPropertyChange("rPr", old, next, para.prefix, ctx.revisions, ctx.namespaces)
      : next;
  };
  const splices: Splice[] = [];
  for (const run of para.runs) {
    const inside = run.textStart >= s && run.textEnd <= e;
    if (whole || (inside && run.textEnd > run.textStart)) {
      splices.push(replaceRPr(ctx, run, newRPr(run)));
      continue;
    }
    if (run.textEnd <= s || run.textStart >= e) continue;
    // The run straddles an edge of the span: split it into up to three runs.
    const open = runOpen(ctx, run);
    const oldRPr = run.rPr ? slice(ctx, run.rPr) : "";
    const part = (from: number, to: number, rPr: string): string => {
      const kids = run.children
        .filter((c) => {
          const a = c.offset;
          const b = a + c.text.length;
          return a === b ? a >= from && (a < to || to === run.textEnd) : a < to && b > from;
        })
        .map((c) => childPart(ctx, c, from, to));
      return kids.length ? open + rPr + kids.join("") + runClose(ctx) : "";
    };
    const a = Math.max(s, run.textStart);
    const b = Math.min(e, run.textEnd);
    const text =
      (a > run.textStart ? part(run.textStart, a, oldRPr) : "") +
      part(a, b, newRPr(run)) +
      (b < run.textEnd ? part(b, run.textEnd, oldRPr) : "");
    splices.push({ ...run.range, text });
  }
  if (whole) {
    // The paragraph mark too, so an empty line or the next typed text keeps the format.
    const oldMark = para.markRPr ? slice(ctx, para.markRPr) : "";
    let mark = patchProps("rPr", oldMark, changes, para.prefix, ctx.namespaces);
    if (ctx.revisions)
      mark = trackPropertyChange("rPr", oldMark, mark, para.prefix, ctx.revisions, ctx.namespaces);
    const props = paragraphPropsSplice(ctx, [{ local: "rPr", xml: mark }]);
    if (props) splices.push(props);
  }
  return { xml: spliceAll(ctx.xml, splices) };
}

function replaceRPr(ctx: Ctx, run: ScannedRun, rPr: string): Splice {
  if (run.rPr) return { ...run.rPr, text: rPr };
  if (run.openEnd === run.range.end) return { ...run.range, text: runOpen(ctx, run) + rPr + runClose(ctx) };
  return { start: run.openEnd, end: run.openEnd, text: rPr };
}

/**
 * Set pPr children, as one splice of the paragraph's XML (the rest of the paragraph stays as it was); `track`: a
 * change of the paragraph's own properties, recorded when edits are tracked.
 */
function paragraphPropsSplice(ctx: Ctx, changes: ChildChange[], track = false): Splice | null {
  const { para } = ctx;
  const old = para.pPr ? slice(ctx, para.pPr) : "";
  let next = patchProps("pPr", old, changes, para.prefix, ctx.namespaces);
  if (track && ctx.revisions)
    next = trackPropertyChange("pPr", old, next, para.prefix, ctx.revisions, ctx.namespaces);
  if (para.pPr) return { ...para.pPr, text: next };
  if (!next) return null;
  if (para.range.end === para.openEnd) {
    // <w:p/> becomes <w:p><w:pPr>…</w:pPr></w:p>.
    const open = ctx.xml.slice(para.range.start, para.openEnd).slice(0, -2) + ">";
    return { ...para.range, text: open + next + `</${ctx.prefix}p>` };
  }
  return { start: para.openEnd, end: para.openEnd, text: next };
}
