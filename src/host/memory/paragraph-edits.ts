// Edits on the model's paragraphs and sections, mirroring what the Word and .docx hosts do to the document:
// text replaced only in the matched span (each run keeps its format), formats split at span edges.
import { REASONS } from "../../core/ooxml/patch/plan";
import type { Paragraph, Run, RunFormat, Section } from "../../core/model/types";
import type { Edit } from "../../core/rules/types";

type RunFormatEdit = Extract<Edit, { kind: "setRunFormat" }>["format"];

function reindex(p: Paragraph): void {
  let offset = 0;
  for (const run of p.runs) {
    run.start = offset;
    offset += run.text.length;
  }
  p.text = p.runs.map((r) => r.text).join("");
}

const copyRun = (run: Run, text: string): Run => ({ ...run, text, format: { ...run.format } });

/** Replace [s, e) with `replacement`; returns a Vietnamese reason when it cannot. */
export function replaceText(p: Paragraph, s: number, e: number, replacement: string): string | null {
  const withText = p.runs.filter((r) => r.text.length > 0);
  const end = (r: Run): number => r.start + r.text.length;
  const touched = withText.filter((r) => (s < e ? r.start < e && end(r) > s : r.start <= s && end(r) >= s));
  if (touched.some((r) => r.kind === "field")) return REASONS.field;
  const target =
    s < e
      ? touched[0]
      : (touched.find((r) => end(r) === s) ?? touched.find((r) => r.start === s) ?? touched[0]);
  if (!target) {
    if (replacement) p.runs.push({ kind: "text", text: replacement, start: 0, format: { ...p.markFormat } });
    reindex(p);
    return null;
  }
  const out: Run[] = [];
  for (const run of p.runs) {
    if (!touched.includes(run) || (s === e && run !== target)) {
      out.push(run);
      continue;
    }
    const cutFrom = Math.max(0, s - run.start);
    const cutTo = Math.min(run.text.length, e - run.start);
    const before = run.text.slice(0, cutFrom);
    const after = run.text.slice(cutTo);
    if (run.kind === "text") {
      const text = before + (run === target ? replacement : "") + after;
      if (text) out.push(copyRun(run, text));
    } else {
      // A tab or break in the span goes; the replacement takes its format as plain text.
      if (before) out.push(run);
      if (run === target && replacement) out.push({ ...copyRun(run, replacement), kind: "text" });
      if (after) out.push(run);
    }
  }
  p.runs = out;
  reindex(p);
  return null;
}

export function applyRunFormat(target: RunFormat, format: RunFormatEdit): void {
  if (format.font) {
    target.font = format.font;
    delete target.fontEastAsia;
    delete target.fontComplex;
  }
  if (format.size !== undefined && format.size !== null) target.size = format.size;
  if (format.bold !== undefined) target.bold = format.bold;
  if (format.italic !== undefined) target.italic = format.italic;
  if (format.color !== undefined)
    target.color =
      format.color.toLowerCase() === "auto" ? "auto" : format.color.replace(/^#/, "").toUpperCase();
  if (format.underline !== undefined) target.underline = format.underline;
}

/** Format [s, e) (the whole paragraph and its mark when both are omitted), splitting runs at the edges. */
export function setRunFormat(p: Paragraph, format: RunFormatEdit, start?: number, endAt?: number): void {
  const whole = start === undefined && endAt === undefined;
  const s = start ?? 0;
  const e = endAt ?? p.text.length;
  const out: Run[] = [];
  for (const run of p.runs) {
    const a = run.start;
    const b = a + run.text.length;
    if (whole || (a >= s && b <= e && b > a)) {
      const copy = copyRun(run, run.text);
      applyRunFormat(copy.format, format);
      out.push(copy);
    } else if (b <= s || a >= e || run.kind !== "text") out.push(run);
    else {
      const from = Math.max(s, a) - a;
      const to = Math.min(e, b) - a;
      if (from > 0) out.push(copyRun(run, run.text.slice(0, from)));
      const mid = copyRun(run, run.text.slice(from, to));
      applyRunFormat(mid.format, format);
      out.push(mid);
      if (to < run.text.length) out.push(copyRun(run, run.text.slice(to)));
    }
  }
  p.runs = out;
  if (whole) applyRunFormat(p.markFormat, format);
  reindex(p);
}

export function setParagraphFormat(
  p: Paragraph,
  format: Extract<Edit, { kind: "setParagraphFormat" }>["format"],
): void {
  const f = p.format;
  if (format.alignment) f.alignment = format.alignment;
  if (format.indent) f.indent = { ...f.indent, ...format.indent };
  if (format.spacing) {
    f.spacing = { ...f.spacing, ...format.spacing };
    if (format.spacing.before !== undefined) delete f.spacing.beforeAutospacing;
    if (format.spacing.after !== undefined) delete f.spacing.afterAutospacing;
  }
}

/** Returns a reason when the section's page setup is unknown. */
export function setPageSetup(
  section: Section,
  page: Extract<Edit, { kind: "setPageSetup" }>["page"],
): string | null {
  if (!section.page) return REASONS.noPage;
  const { margins, ...size } = page;
  section.page = { ...section.page, ...size, margins: { ...section.page.margins, ...margins } };
  return null;
}
