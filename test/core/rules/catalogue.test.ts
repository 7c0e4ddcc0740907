// Every public rule id of the catalogue is registered once, with the catalogue's severity and fix policy, a docs page
// and a row in the README.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { allRules } from "../../../src/core/rules/registry";

const ROOT = join(__dirname, "../../..");
const CATALOGUE: [id: string, severity: string, fixPolicy: string][] = [
  ["page-size", "error", "safe"],
  ["page-margins", "error", "safe"],
  ["page-number", "warning", "guarded"],
  ["font-family", "error", "safe"],
  ["font-legacy-encoding", "error", "guarded"],
  ["font-color", "warning", "safe"],
  ["agency-name", "error", "guarded"],
  ["national-title", "error", "guarded"],
  ["motto", "error", "guarded"],
  ["doc-number", "error", "guarded"],
  ["place-date", "error", "safe"],
  ["doc-title", "error", "guarded"],
  ["body-font-size", "error", "safe"],
  ["body-alignment", "warning", "safe"],
  ["body-indent", "warning", "safe"],
  ["body-spacing", "warning", "safe"],
  ["heading-sequence", "error", "guarded"],
  ["heading-style", "warning", "safe"],
  ["recipients", "error", "guarded"],
  ["signature", "error", "suggest-only"],
  ["text-spacing", "warning", "safe"],
  ["text-brackets", "warning", "suggest-only"],
  ["text-repeated", "warning", "guarded"],
  ["text-capitalization", "warning", "guarded"],
  ["text-tone-style", "warning", "guarded"],
  ["text-unicode", "warning", "safe"],
  ["text-abbreviation", "info", "suggest-only"],
  ["text-anniversary", "warning", "guarded"],
  ["placeholder", "warning", "suggest-only"],
  ["basis", "warning", "guarded"],
  ["addressee", "warning", "guarded"],
  ["authority", "error", "suggest-only"],
  ["marks", "warning", "guarded"],
  ["appendix", "warning", "guarded"],
  ["text-amount", "error", "suggest-only"],
  ["admin-units", "warning", "suggest-only"],
  ["legal-citation", "warning", "suggest-only"],
  ["text-spelling", "warning", "guarded"],
  ["text-proper-names", "warning", "guarded"],
];

describe("rule catalogue", () => {
  it("registers exactly the catalogue's ids, once each", () => {
    expect(allRules.map((r) => r.meta.id).sort()).toEqual(CATALOGUE.map(([id]) => id).sort());
  });

  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  it.each(CATALOGUE)("%s: %s, %s, documented and listed in the README", (id, severity, fixPolicy) => {
    const rule = allRules.find((r) => r.meta.id === id);
    expect(rule?.meta).toMatchObject({ severity, fixPolicy });
    expect(existsSync(join(ROOT, "docs/rules", `${id}.md`))).toBe(true);
    expect(readme).toContain(`(docs/rules/${id}.md)`);
  });
});
