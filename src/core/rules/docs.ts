// Rule metadata for the CLI, the HTML report and the task pane: title, basis, policy and the doc page.
import { allRules } from "./registry";
import type { FixPolicy, Normativity, Rule, Severity } from "./types";

export interface RuleDoc {
  id: string;
  title: string;
  description: string;
  /** "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1a; …" */
  basis: string;
  normativity: Normativity;
  severity: Severity;
  fixPolicy: FixPolicy;
  /** Repository path of the rule's page. */
  docsPath: string;
}

export function ruleDocs(rules: Rule[] = allRules): RuleDoc[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    basis: meta.legalBasis.map((b) => `${b.instrument}, ${b.locator}`).join("; "),
    normativity: meta.normativity,
    severity: meta.severity,
    fixPolicy: meta.fixPolicy,
    docsPath: `docs/rules/${meta.id}.md`,
  }));
}

export function ruleDoc(id: string, rules: Rule[] = allRules): RuleDoc | undefined {
  return ruleDocs(rules).find((d) => d.id === id);
}
