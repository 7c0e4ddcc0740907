// Edits applied to a copy of a model, planned as every host plans them (changed targets skipped, formats first,
// text replacements from the end). The memory host and tests of fixes use it.
import type { DocModel, Paragraph, Section } from "../../core/model/types";
import { planEdits } from "../../core/ooxml/patch/plan";
import type { Edit } from "../../core/rules/types";
import type { SkippedEdit } from "../document-host";
import { replaceText, setPageSetup, setParagraphFormat, setRunFormat } from "./paragraph-edits";

export const cloneModel = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export interface EditOutcome {
  /** The edited copy; the input model is left as it was. */
  model: DocModel;
  applied: number;
  skipped: SkippedEdit[];
  /** Each touched body paragraph as it was before, by index. */
  paragraphsBefore: Map<number, Paragraph>;
  /** Each touched section's page setup as it was before, by index. */
  pagesBefore: Map<number, Section["page"]>;
}

export function applyEditsToModel(source: DocModel, edits: Edit[]): EditOutcome {
  const model = cloneModel(source);
  const body = (i: number): Paragraph | null => (i >= 0 && i < model.bodyCount ? model.paragraphs[i] : null);
  const plan = planEdits(edits, (i) => body(i)?.text ?? null, model.sections.length);
  const skipped: SkippedEdit[] = [...plan.skipped];
  const paragraphsBefore = new Map<number, Paragraph>();
  const pagesBefore = new Map<number, Section["page"]>();
  let applied = 0;
  for (const edit of plan.ordered) {
    let reason: string | null = null;
    if (edit.kind === "setPageSetup") {
      const section = model.sections[edit.section];
      if (!pagesBefore.has(edit.section)) pagesBefore.set(edit.section, cloneModel(section.page));
      reason = setPageSetup(section, edit.page);
    } else {
      const p = body(edit.paragraph) as Paragraph;
      if (!paragraphsBefore.has(edit.paragraph)) paragraphsBefore.set(edit.paragraph, cloneModel(p));
      if (edit.kind === "replaceText") reason = replaceText(p, edit.start, edit.end, edit.replacement);
      else if (edit.kind === "setRunFormat") setRunFormat(p, edit.format, edit.start, edit.end);
      else setParagraphFormat(p, edit.format);
    }
    if (reason) skipped.push({ edit, reason });
    else applied++;
  }
  return { model, applied, skipped, paragraphsBefore, pagesBefore };
}
