// Rule metadata for the CLI, the HTML report and the task pane: title, basis, policy and the doc page.
import { allRules } from "./registry";
import type { FixPolicy, Normativity, Rule, Severity } from "./types";

export interface RuleDoc {
  id: string;
  title: string;
  description: string;
  /** "NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1a; …", or what the rule rests on when no text prescribes it. */
  basis: string;
  normativity: Normativity;
  severity: Severity;
  fixPolicy: FixPolicy;
  /** Repository path of the rule's page. */
  docsPath: string;
}

/** Rules that rest on drafting practice say so, with the text they lean on when there is one. */
export const PRACTICE_ONLY =
  "Thực tiễn soạn thảo văn bản hành chính; Nghị định 30/2020/NĐ-CP không có quy định riêng về điểm này.";

function basisText(meta: Rule["meta"]): string {
  const cited = meta.legalBasis.map((b) => `${b.instrument}, ${b.locator}`).join("; ");
  if (!cited) return PRACTICE_ONLY;
  return meta.normativity === "practice"
    ? `${cited} (áp dụng theo thực tiễn, không phải quy định bắt buộc)`
    : cited;
}

export function ruleDocs(rules: Rule[] = allRules): RuleDoc[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    basis: basisText(meta),
    normativity: meta.normativity,
    severity: meta.severity,
    fixPolicy: meta.fixPolicy,
    docsPath: `docs/rules/${meta.id}.md`,
  }));
}

export function ruleDoc(id: string, rules: Rule[] = allRules): RuleDoc | undefined {
  return ruleDocs(rules).find((d) => d.id === id);
}
