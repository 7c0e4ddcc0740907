// A rule tester in the manner of ESLint's: tables of valid and invalid documents for one rule.
import { analyze } from "../../src/core/analysis/analyze";
import { createModel, type ModelSpec } from "../../src/core/model/create";
import type { DocModel } from "../../src/core/model/types";
import type { OrgProfile } from "../../src/core/org/types";
import { ruleApplies, ruleContext } from "../../src/core/rules/engine";
import type { FindingInput, Profile, Rule, RuleOptions, Stage } from "../../src/core/rules/types";

export interface RunOptions {
  options?: RuleOptions;
  profile?: Profile;
  org?: OrgProfile;
  stage?: Stage;
}

const defaultProfile: Profile = { id: "nd30", name: "nd30", rules: {} };

/**
 * Run one rule over a model (or a model description) with its analysis. A rule that reads reference data needs
 * `await loadDatasets(rule.datasets ?? [])` first (in a beforeAll).
 */
export function runRule(rule: Rule, doc: DocModel | ModelSpec, run: RunOptions = {}): FindingInput[] {
  const model = "bodyCount" in doc ? doc : createModel(doc);
  const analysis = analyze(model);
  if (!ruleApplies(rule, analysis)) return [];
  return rule.check(
    ruleContext(model, analysis, {
      profile: run.profile ?? defaultProfile,
      options: run.options,
      org: run.org,
      stage: run.stage,
    }),
  );
}

export interface InvalidCase extends RunOptions {
  name: string;
  doc: DocModel | ModelSpec;
  /** Expected findings, in order: each listed field must match. */
  findings: Partial<FindingInput>[];
}

export interface ValidCase extends RunOptions {
  name: string;
  doc: DocModel | ModelSpec;
}

/** Declare jest tests: every valid case yields no finding, every invalid case exactly the listed ones. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.doc, c).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = runRule(rule, c.doc, c);
        expect(found).toHaveLength(c.findings.length);
        c.findings.forEach((want, i) => expect(found[i]).toMatchObject(want));
      });
    }
  });
}
