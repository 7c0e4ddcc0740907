import { a4Page, mmToTwips } from "../../../src/core/model/create";
import { pageMargins } from "../../../src/core/rules/page-margins";
import { testRule } from "../../helpers/rule-tester";

const withMargins = (m: Parameters<typeof a4Page>[0]) => ({
  paragraphs: ["x"],
  sections: [{ page: a4Page(m) }],
});

testRule(pageMargins, {
  valid: [
    { name: "NĐ 30 minimums", doc: withMargins({}) },
    {
      name: "NĐ 30 maximums",
      doc: withMargins({
        top: mmToTwips(25),
        bottom: mmToTwips(25),
        left: mmToTwips(35),
        right: mmToTwips(20),
      }),
    },
    {
      name: "within ±0.5 mm (Word's 1.5 cm is 850 twips)",
      doc: withMargins({ right: 850, top: mmToTwips(19.6) }),
    },
    {
      name: "a gutter that makes up the left margin",
      doc: withMargins({ left: mmToTwips(25), gutter: mmToTwips(5) }),
    },
    {
      name: "a profile's own range",
      doc: withMargins({ left: mmToTwips(32) }),
      options: { left: [31, 33] },
    },
  ],
  invalid: [
    {
      name: "Word's default margins (2.54 cm all round: top and bottom pass within 0.5 mm)",
      doc: withMargins({ top: 1440, bottom: 1440, left: 1440, right: 1440 }),
      findings: [
        {
          message:
            "Lề trái của phần (section) 1 là 25,4 mm, phải từ 30 đến 35 mm (NĐ 30/2020, Phụ lục I, mục I.3).",
          fix: {
            description: "Đổi lề trái thành 30 mm",
            edits: [{ kind: "setPageSetup", section: 0, page: { margins: { left: mmToTwips(30) } } }],
          },
        },
        {
          message: expect.stringContaining("Lề phải của phần (section) 1 là 25,4 mm, phải từ 15 đến 20 mm"),
          fix: expect.objectContaining({ description: "Đổi lề phải thành 20 mm" }),
        },
      ],
    },
    {
      name: "top too large, bottom too small",
      doc: withMargins({ top: mmToTwips(30), bottom: mmToTwips(15) }),
      findings: [
        {
          message:
            "Lề trên của phần (section) 1 là 30 mm, phải từ 20 đến 25 mm (NĐ 30/2020, Phụ lục I, mục I.3).",
          fix: {
            description: "Đổi lề trên thành 25 mm",
            edits: [{ kind: "setPageSetup", section: 0, page: { margins: { top: mmToTwips(25) } } }],
          },
        },
        {
          message: expect.stringContaining("Lề dưới của phần (section) 1 là 15 mm"),
          fix: expect.objectContaining({ description: "Đổi lề dưới thành 20 mm" }),
        },
      ],
    },
    {
      name: "every section is checked",
      doc: {
        paragraphs: ["x", { text: "y", section: 1 }],
        sections: [{}, { page: a4Page({ right: mmToTwips(4.3) }) }],
      },
      findings: [
        {
          section: 1,
          paragraph: null,
          message: expect.stringContaining("Lề phải của phần (section) 2 là 4,3 mm"),
        },
      ],
    },
    {
      name: "a page setup that could not be read",
      doc: { paragraphs: ["x"], sections: [{ page: null }] },
      findings: [{ severity: "info", message: expect.stringContaining("Không kiểm tra được lề trang") }],
    },
  ],
});
