import { bodySpacing } from "../../../src/core/rules/body-spacing";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

const spacing = (s: object) => ({
  format: { spacing: { before: 0, after: 120, line: 240, lineRule: "auto" as const, ...s } },
});

testRule(bodySpacing, {
  valid: [
    { name: "6 pt after, single", doc: plan() },
    {
      name: "gap made of space before the next paragraph",
      doc: plan({ p1: spacing({ after: 0 }), h1_2: spacing({ before: 120 }) }),
    },
    { name: "1.5 lines", doc: plan({ p1: spacing({ line: 360 }) }) },
    { name: "exact 17 pt for 14 pt text", doc: plan({ p1: spacing({ line: 340, lineRule: "exact" }) }) },
  ],
  invalid: [
    {
      name: "no space after",
      doc: plan({ p1: spacing({ after: 0 }) }),
      findings: [
        {
          paragraph: 12,
          message: expect.stringContaining("0 pt"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ format: { spacing: { after: 120 } } })],
          },
        },
      ],
    },
    {
      name: "double line spacing",
      doc: plan({ p1: spacing({ line: 480 }) }),
      findings: [{ paragraph: 12, message: expect.stringContaining("2 dòng") }],
    },
    {
      name: "exact 12 pt for 14 pt text",
      doc: plan({ p1: spacing({ line: 240, lineRule: "exact" }) }),
      findings: [{ paragraph: 12 }],
    },
  ],
});
