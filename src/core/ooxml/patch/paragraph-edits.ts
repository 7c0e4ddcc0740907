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
    case "replaceText":
      return replaceText(ctx, edit.start, edit.end, edit.replacement);
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

/** Children of a run with the text in [s, e) cut out and, when `insert` is given, that text put in its place. */
function cutChildren(ctx: Ctx, run: ScannedRun, s: number, e: number, insert: string | null): string[] {
  const out: string[] = [];
  let pending = insert;
  const emit = (): void => {
    if (pending !== null) out.push(textElement(ctx, pending));
    pending = null;
  };
  for (const child of run.children) {
    const a = child.offset;
    const b = a + child.text.length;
    if (a === b) {
      if (a > s) emit();
      out.push(slice(ctx, child.range));
    } else if (b <= s) out.push(slice(ctx, child.range));
    else if (a >= e) {
      emit();
      out.push(slice(ctx, child.range));
    } else {
      if (a < s) out.push(childPart(ctx, child, a, s));
      emit();
      if (b > e) out.push(childPart(ctx, child, e, b));
    }
  }
  emit();
  return out;
}

function runOpen(ctx: Ctx, run: ScannedRun): string {
  const open = ctx.xml.slice(run.range.start, run.openEnd);
  return open.endsWith("/>") ? `${open.slice(0, -2)}>` : open;
}

const runClose = (ctx: Ctx): string => `</${ctx.prefix}r>`;

function replaceText(ctx: Ctx, s: number, e: number, replacement: string): EditOutcome {
  const { para } = ctx;
  const textRuns = para.runs.filter((r) => r.textEnd > r.textStart);
  const touched = textRuns.filter((r) =>
    s < e ? r.textStart < e && r.textEnd > s : r.textStart <= s && r.textEnd >= s,
  );
  // The replacement takes the formatting of the first character it replaces (or of the text just before it).
  const target =
    s < e
      ? touched[0]
      : (touched.find((r) => r.textEnd === s) ?? touched.find((r) => r.textStart === s) ?? touched[0]);
  if (touched.some((r) => r.inField)) return { reason: REASONS.field };
  if (!target) return { xml: insertIntoEmpty(ctx, replacement) };
  if (ctx.revisions) return { xml: replaceTracked(ctx, ctx.revisions, touched, target, s, e, replacement) };
  const splices: Splice[] = [];
  for (const run of touched) {
    const isTarget = run === target;
    if (!isTarget && s === e) continue;
    const children = cutChildren(ctx, run, s, e, isTarget ? replacement : null);
    const kept = children.filter(Boolean);
    const onlyText = run.children.every((c) => c.kind !== "other");
    if (!isTarget && kept.length === 0 && onlyText)
      splices.push({ start: run.range.start, end: run.range.end, text: "" });
    else {
      const rPr = run.rPr ? slice(ctx, run.rPr) : "";
      splices.push({ ...run.range, text: runOpen(ctx, run) + rPr + kept.join("") + runClose(ctx) });
    }
  }
  return { xml: spliceAll(ctx.xml, splices) };
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
