import { bodyFontSize } from "../../../src/core/rules/body-font-size";
import { dangProfile } from "../../../src/core/profiles/dang";
import { testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

testRule(bodyFontSize, {
  valid: [
    { name: "14 pt body", doc: plan() },
    { name: "13 pt body", doc: plan({ p1: { run: { size: 13 } }, p2: { run: { size: 13 } } }) },
    { name: "header and closing sizes are not body text", doc: plan({ recLast: { run: { size: 11 } } }) },
    {
      name: "table cells keep their own sizes",
      doc: plan({}, [
        {
          after: "p2",
          paragraphs: [{ text: "Ô bảng số liệu", run: { size: 11 }, cell: { table: 2, row: 0, col: 0 } }],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: "12 pt paragraph, fixed to the size the body uses",
      doc: plan({ p1: { run: { size: 12 } } }),
      findings: [
        {
          paragraph: 12,
          message: expect.stringContaining("12 pt"),
          fix: {
            description: "Đổi cỡ chữ thành 14 pt",
            edits: [expect.objectContaining({ kind: "setRunFormat", format: { size: 14 } })],
          },
        },
      ],
    },
    {
      name: "two runs of different wrong sizes in one paragraph: two occurrences",
      doc: plan({
        p1: {
          runs: [
            { text: "Đánh giá ", size: 12 },
            { text: "kết quả ", size: 14 },
            { text: "năm 2023.", size: 15 },
          ],
        },
      }),
      findings: [{ span: { start: 0, end: 9 } }, { span: { start: 17, end: 26 } }],
    },
    {
      name: "Party profile: 13 pt is below 14–15",
      doc: plan({ p1: { run: { size: 13 } } }),
      profile: dangProfile,
      options: dangProfile.rules["body-font-size"].options,
      findings: [{ paragraph: 12 }],
    },
  ],
});
