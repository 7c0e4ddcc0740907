// Apply a batch of edits to word/document.xml, and put saved paragraphs and sections back.
import type { Edit } from "../../rules/types";
import { pageSetupChanges } from "./format-changes";
import { type RPrMemo, applyParagraphEdit, replaceTexts, type Replacement } from "./paragraph-edits";
import { type Skipped, planEdits } from "./plan";
import { patchProps } from "./props";
import { Revisions, trackPropertyChange } from "./revisions";
import { scanParagraphs } from "./scan";
import { rootNamespaces, spliceAll } from "./xml";

/** What an edit replaced: the paragraph's XML before the batch, and its text after it (for restore). */
export interface SavedParagraph {
  paragraph: number;
  textAfter: string;
  xmlBefore: string;
}

export interface SavedSection {
  section: number;
  xmlBefore: string;
}

export interface DocumentPatch {
  xml: string;
  applied: number;
  skipped: Skipped[];
  paragraphs: SavedParagraph[];
  sections: SavedSection[];
}

interface Target {
  index: number;
  start: number;
  end: number;
  before: string;
  xml: string;
  /** The paragraph's text, updated as replacements apply (they run from the end, so offsets hold). */
  text: string;
}

/** `options.track`: write the edits as tracked changes (the document's change tracking is on). */
export function patchDocumentXml(
  xml: string,
  edits: Edit[],
  options: { track?: boolean } = {},
): DocumentPatch {
  const namespaces = rootNamespaces(xml);
  const revisions = options.track ? new Revisions(xml) : undefined;
  const scan = scanParagraphs(xml, { bodyOnly: true, namespaces });
  const plan = planEdits(edits, (i) => scan.paragraphs[i]?.text ?? null, scan.sections.length);
  const skipped = [...plan.skipped];
  const targets = new Map<string, Target>();
  const memo: RPrMemo = new Map();
  let applied = 0;
  for (let i = 0; i < plan.ordered.length; i++) {
    const edit = plan.ordered[i];
    const key = edit.kind === "setPageSetup" ? `s${edit.section}` : `p${edit.paragraph}`;
    let target = targets.get(key);
    if (!target) {
      const range =
        edit.kind === "setPageSetup" ? scan.sections[edit.section] : scan.paragraphs[edit.paragraph].range;
      const index = edit.kind === "setPageSetup" ? edit.section : edit.paragraph;
      const before = xml.slice(range.start, range.end);
      const text = edit.kind === "setPageSetup" ? "" : scan.paragraphs[edit.paragraph].text;
      target = { index, start: range.start, end: range.end, before, xml: before, text };
      targets.set(key, target);
    }
    if (edit.kind === "setPageSetup") {
      const prefix = prefixOf(target.xml);
      const next = patchProps("sectPr", target.xml, pageSetupChanges(edit.page), prefix, namespaces);
      target.xml = revisions
        ? trackPropertyChange("sectPr", target.xml, next, prefix, revisions, namespaces)
        : next;
      applied++;
      continue;
    }
    if (edit.kind === "replaceText" && !revisions) {
      // The paragraph's replacements (ordered from its end) apply in one pass, however many there are.
      const batch = [edit];
      for (
        let next = plan.ordered[i + 1];
        next?.kind === "replaceText" && next.paragraph === edit.paragraph;
      ) {
        batch.push(next);
        next = plan.ordered[++i + 1];
      }
      const { xml: patched, refused } = replaceTexts(target.xml, batch, namespaces);
      target.xml = patched;
      const done = batch.filter((e, k) => {
        const reason = refused.get(k);
        if (reason !== undefined) skipped.push({ edit: e, reason });
        return reason === undefined;
      });
      target.text = replaceSpans(target.text, done);
      applied += done.length;
      continue;
    }
    const outcome = applyParagraphEdit(target.xml, edit, namespaces, memo, revisions);
    if ("reason" in outcome) skipped.push({ edit, reason: outcome.reason });
    else {
      target.xml = outcome.xml;
      applied++;
    }
  }
  // A sectPr inside a touched paragraph's pPr is spliced with that paragraph; apply section edits into it.
  const all = [...targets.values()];
  const sectionTargets = [...targets.entries()].filter(([k]) => k.startsWith("s")).map(([, t]) => t);
  const paragraphTargets = [...targets.entries()].filter(([k]) => k.startsWith("p")).map(([, t]) => t);
  for (const sec of sectionTargets) {
    const host = paragraphTargets.find((p) => p.start <= sec.start && p.end >= sec.end);
    if (!host || sec.xml === sec.before) continue;
    const at = host.xml.indexOf(sec.before);
    if (at >= 0) {
      host.xml = host.xml.slice(0, at) + sec.xml + host.xml.slice(at + sec.before.length);
      sec.xml = sec.before;
    }
  }
  const changed = all.filter((t) => t.xml !== t.before);
  return {
    xml: spliceAll(
      xml,
      changed.map((t) => ({ start: t.start, end: t.end, text: t.xml })),
    ),
    applied,
    skipped,
    paragraphs: paragraphTargets
      .filter((t) => t.xml !== t.before)
      .map((t) => ({ paragraph: t.index, textAfter: t.text, xmlBefore: t.before })),
    sections: sectionTargets
      .filter((t) => t.xml !== t.before || paragraphTargets.some((p) => p.start <= t.start && p.end >= t.end))
      .map((t) => ({ section: t.index, xmlBefore: t.before })),
  };
}

/** `text` with the non-overlapping replacements (in any order) applied, in one pass. */
function replaceSpans(text: string, replacements: Replacement[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, r.start), r.replacement);
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** The namespace prefix of an element's tag name ("w" in "<w:sectPr …>"). */
function prefixOf(elementXml: string): string {
  for (let i = 1; i < elementXml.length; i++) {
    const c = elementXml[i];
    if (c === ":") return elementXml.slice(1, i);
    if (c === " " || c === ">" || c === "/" || c === "\t" || c === "\n" || c === "\r") return "";
  }
  return "";
}

/**
 * Put saved paragraphs back where the paragraph's current text is still what the change left (a paragraph the
 * user edited since is skipped), and saved sections back unconditionally.
 */
export function restoreDocumentXml(
  xml: string,
  paragraphs: SavedParagraph[],
  sections: SavedSection[],
): { xml: string; restored: number; skipped: number } {
  const namespaces = rootNamespaces(xml);
  const scan = scanParagraphs(xml, { bodyOnly: true, namespaces });
  const splices: { start: number; end: number; text: string }[] = [];
  let restored = 0;
  let skipped = 0;
  for (const saved of paragraphs) {
    const current = scan.paragraphs[saved.paragraph];
    if (current && current.text === saved.textAfter) {
      splices.push({ ...current.range, text: saved.xmlBefore });
      restored++;
    } else skipped++;
  }
  for (const saved of sections) {
    const range = scan.sections[saved.section];
    const inRestored = splices.some((s) => range && s.start <= range.start && s.end >= range.end);
    if (range && !inRestored) splices.push({ ...range, text: saved.xmlBefore });
  }
  return { xml: spliceAll(xml, splices), restored, skipped };
}
