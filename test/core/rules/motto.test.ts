import { motto } from "../../../src/core/rules/motto";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const noBorder = {
  alignment: "center" as const,
  borders: { top: false, bottom: false },
  indent: { left: 0, right: 0, firstLine: 0 },
};

testRule(motto, {
  valid: [
    { name: "exact text, bold, 14 pt, bottom border", doc: plan() },
    {
      name: "line drawn as underscores on the next paragraph",
      doc: plan({ motto: { format: noBorder } }, [
        {
          after: "motto",
          paragraphs: [{ text: "__________________", format: noBorder, cell: { table: 0, row: 0, col: 1 } }],
        },
      ]),
    },
    {
      name: "line drawn as a shape in the next empty paragraph",
      doc: plan({ motto: { format: noBorder } }, [
        {
          after: "motto",
          paragraphs: [
            {
              runs: [{ text: "", kind: "drawing", isLine: true }],
              format: noBorder,
              cell: { table: 0, row: 0, col: 1 },
            },
          ],
        },
      ]),
    },
    {
      name: "underlined text",
      doc: plan({ motto: { format: noBorder, run: { size: 14, bold: true, underline: "single" } } }),
    },
  ],
  invalid: [
    {
      name: "italic (the most common slip)",
      doc: plan({ motto: { run: { size: 14, bold: true, italic: true } } }),
      findings: [{ message: expect.stringContaining("không in nghiêng"), fix: expect.anything() }],
    },
    {
      name: "en dashes",
      doc: plan({ motto: withText("motto", "Độc lập – Tự do – Hạnh phúc") }),
      findings: [
        {
          message: expect.stringContaining("gạch nối"),
          fix: {
            description: expect.any(String),
            edits: [expect.objectContaining({ replacement: "Độc lập - Tự do - Hạnh phúc" })],
          },
        },
      ],
    },
    {
      name: "size not coupled: Quốc hiệu 13, Tiêu ngữ 13",
      doc: plan({ motto: { run: { size: 13, bold: true } } }),
      findings: [{ message: expect.stringContaining("cần 14 pt vì Quốc hiệu đang cỡ 13 pt") }],
    },
    {
      name: "no line under",
      doc: plan({ motto: { format: noBorder } }),
      findings: [{ message: expect.stringContaining("đường kẻ") }],
    },
    { name: "missing under the Quốc hiệu", doc: plan({ motto: null }), findings: [{ paragraph: 4 }] },
  ],
});
