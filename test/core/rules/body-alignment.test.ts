import { bodyAlignment } from "../../../src/core/rules/body-alignment";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

const left = { alignment: "left" as const };

testRule(bodyAlignment, {
  valid: [
    { name: "justified body", doc: plan() },
    { name: "headings may stand left", doc: plan({ h1: { format: left } }) },
    {
      name: "paragraphs after the signature are not body text",
      doc: plan({}, [{ after: "name", paragraphs: [{ text: "Ghi chú sau chữ ký.", format: left }] }]),
    },
  ],
  invalid: [
    {
      name: "left-aligned paragraph",
      doc: plan({ p1: { format: left } }),
      findings: [
        {
          paragraph: 12,
          fix: {
            description: "Căn đều hai bên",
            edits: [expect.objectContaining({ kind: "setParagraphFormat", format: { alignment: "both" } })],
          },
        },
      ],
    },
    {
      name: "a dash item counts as body text",
      doc: plan({ dash: { format: left } }),
      findings: [{ paragraph: 19 }],
    },
  ],
});
