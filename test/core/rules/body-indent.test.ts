import { bodyIndent } from "../../../src/core/rules/body-indent";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

const indent = (firstLine: number, left = 0) => ({ format: { indent: { left, right: 0, firstLine } } });

testRule(bodyIndent, {
  valid: [
    { name: "1 cm", doc: plan() },
    { name: "1.27 cm", doc: plan({ p1: indent(720) }) },
    { name: "1.29 cm, within ±0.5 mm of 1.27 cm", doc: plan({ p1: indent(731) }) },
    { name: "list paragraph whose first line starts at 1 cm", doc: plan({ p1: indent(-360, 927) }) },
    { name: "Roman headings are not indented text", doc: plan({ h1: indent(0) }) },
  ],
  invalid: [
    {
      name: "no indent",
      doc: plan({ p1: indent(0) }),
      findings: [
        {
          paragraph: 12,
          message: expect.stringContaining("0 cm"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ format: { indent: { firstLine: 567 } } })],
          },
        },
      ],
    },
    { name: "dash item without indent", doc: plan({ dash: indent(0) }), findings: [{ paragraph: 19 }] },
    {
      name: "1.5 cm",
      doc: plan({ p1: indent(850) }),
      findings: [{ paragraph: 12, message: expect.stringContaining("1,5 cm") }],
    },
  ],
});
