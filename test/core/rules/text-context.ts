// A rule context for text-rule tests that does not need the analysis: a minimal DocAnalysis built by hand.
import type { DocAnalysis } from "../../../src/core/analysis/types";
import { createModel, type ModelSpec } from "../../../src/core/model/create";
import type { DocModel } from "../../../src/core/model/types";
import type { OrgProfile } from "../../../src/core/org/types";
import { emptyAnalysis, ruleContext } from "../../../src/core/rules/engine";
import { applyEditsToModel } from "../../../src/host/memory/apply-edits";
import type { FindingInput, Rule, RuleContext, RuleOptions } from "../../../src/core/rules/types";

export function minimalAnalysis(model: DocModel, over: Partial<DocAnalysis> = {}): DocAnalysis {
  return { ...emptyAnalysis(model), ...over };
}

export interface TextRunOptions {
  options?: RuleOptions;
  org?: OrgProfile;
  analysis?: Partial<DocAnalysis>;
}

export function textContext(doc: DocModel | ModelSpec, run: TextRunOptions = {}): RuleContext {
  const model = "bodyCount" in doc ? doc : createModel(doc);
  return ruleContext(model, minimalAnalysis(model, run.analysis), { options: run.options, org: run.org });
}

export function check(
  rule: Rule,
  doc: DocModel | ModelSpec | string[],
  run: TextRunOptions = {},
): FindingInput[] {
  const spec = Array.isArray(doc) ? { paragraphs: doc } : doc;
  return rule.check(textContext(spec, run));
}

/** The body paragraph texts after applying one finding's fix to the document it was found in. */
export function fixed(doc: string[], finding: FindingInput): string[] {
  const model = createModel({ paragraphs: doc });
  const { model: out, skipped } = applyEditsToModel(model, finding.fix?.edits ?? []);
  if (skipped.length > 0) throw new Error(`${skipped.length} edit(s) skipped`);
  return out.paragraphs.filter((p) => p.index !== null).map((p) => p.text);
}
