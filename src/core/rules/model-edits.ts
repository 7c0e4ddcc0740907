// Apply Edit[] to a DocModel in memory (tests, the browser preview, the fix loop without Word). Edits whose
// paragraph text no longer matches `expectedText` are skipped, as hosts do.
import type { DocModel, Paragraph, Run } from "../model/types";
import type { Edit } from "./types";

function splitAt(p: Paragraph, offset: number): void {
  const k = p.runs.findIndex((r) => r.start < offset && r.start + r.text.length > offset);
  if (k === -1) return;
  const r = p.runs[k];
  const cut = offset - r.start;
  const tail: Run = { ...r, text: r.text.slice(cut), start: offset, format: { ...r.format } };
  p.runs.splice(k, 1, { ...r, text: r.text.slice(0, cut) }, tail);
}

function restart(p: Paragraph): void {
  let offset = 0;
  p.runs = p.runs.filter((r) => r.text !== "" || r.kind !== "text");
  for (const r of p.runs) {
    r.start = offset;
    offset += r.text.length;
  }
  p.text = p.runs.map((r) => r.text).join("");
}

function applyOne(model: DocModel, e: Edit): boolean {
  if (e.kind === "setPageSetup") {
    const s = model.sections[e.section];
    if (!s?.page) return false;
    s.page = { ...s.page, ...e.page, margins: { ...s.page.margins, ...e.page.margins } };
    return true;
  }
  const p = model.paragraphs[e.paragraph];
  if (!p || p.index !== e.paragraph || p.text !== e.expectedText) return false;
  if (e.kind === "setParagraphFormat") {
    const f = p.format;
    p.format = {
      ...f,
      alignment: e.format.alignment ?? f.alignment,
      indent: { ...f.indent, ...e.format.indent },
      spacing: { ...f.spacing, ...e.format.spacing },
    };
    return true;
  }
  const start = e.start ?? 0;
  const end = e.end ?? p.text.length;
  splitAt(p, start);
  splitAt(p, end);
  const inside = p.runs.filter(
    (r) => r.text.length > 0 && r.start >= start && r.start + r.text.length <= end,
  );
  if (e.kind === "setRunFormat") {
    for (const r of inside) r.format = { ...r.format, ...e.format };
    return true;
  }
  // replaceText: the replacement takes the format of the first run it replaces, or of the run it joins.
  if (inside.length > 0) {
    inside.forEach((r, k) => (r.text = k === 0 ? e.replacement : ""));
  } else {
    const before = p.runs.find(
      (r) => r.kind === "text" && r.start + r.text.length === start && r.text.length > 0,
    );
    const after = p.runs.find((r) => r.kind === "text" && r.start === start);
    if (before) before.text += e.replacement;
    else if (after) after.text = e.replacement + after.text;
    else p.runs.push({ kind: "text", text: e.replacement, start: 0, format: { ...p.markFormat } });
  }
  restart(p);
  return true;
}

/** A copy of the model with the edits applied; `skipped` counts edits whose target changed. */
export function applyEditsToModel(
  model: DocModel,
  edits: Edit[],
): { model: DocModel; applied: number; skipped: number } {
  // Plain data (no Map or Set), so a JSON copy is exact; structuredClone is missing in some hosts.
  const copy = JSON.parse(JSON.stringify(model)) as DocModel;
  let applied = 0;
  for (const e of edits) if (applyOne(copy, e)) applied++;
  return { model: copy, applied, skipped: edits.length - applied };
}
