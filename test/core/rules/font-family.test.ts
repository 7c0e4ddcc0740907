import { fontFamily } from "../../../src/core/rules/font-family";
import { runRule, testRule } from "../../helpers/rule-tester";

testRule(fontFamily, {
  valid: [
    {
      name: "Times New Roman throughout",
      doc: { paragraphs: ["Nội dung", { text: "Đầu trang", location: "header" }] },
    },
    {
      name: "case and spacing of the name do not matter",
      doc: { paragraphs: [{ text: "x", run: { font: "times new  roman" } }] },
    },
    {
      name: "a font nothing names (Word's default applies)",
      doc: { paragraphs: [{ text: "x", run: { font: null } }] },
    },
    {
      name: "symbols, drawings and white space in another font",
      doc: {
        paragraphs: [
          {
            runs: [
              { text: "Mục", font: "Times New Roman" },
              { text: " ", font: "Arial" },
              { text: "\uf0b7", kind: "symbol", font: "Symbol" },
              { text: "", kind: "drawing", font: "Calibri" },
            ],
          },
        ],
      },
    },
    {
      name: "TCVN3 text is left to font-legacy-encoding",
      doc: { paragraphs: [{ text: "Céng hoµ", run: { font: ".VnTime" } }] },
    },
  ],
  invalid: [
    {
      name: "a paragraph in Arial",
      doc: { paragraphs: ["Đúng", { text: "Nội dung sai phông", run: { font: "Arial" } }] },
      findings: [
        {
          paragraph: 1,
          excerpt: "Nội dung sai phông",
          span: { start: 0, end: 18 },
          message:
            "Chữ đang dùng phông “Arial”, phải dùng phông Times New Roman (NĐ 30/2020, Phụ lục I, mục I.4).",
          fix: {
            description: "Đổi sang phông Times New Roman",
            edits: [
              {
                kind: "setRunFormat",
                paragraph: 1,
                expectedText: "Nội dung sai phông",
                format: { font: "Times New Roman" },
              },
            ],
          },
        },
      ],
    },
    {
      name: "two stretches in one paragraph are two findings; adjacent runs join",
      doc: {
        paragraphs: [
          {
            runs: [
              { text: "Một ", font: "Calibri" },
              { text: "hai", font: "Calibri" },
              { text: " đúng ", font: "Times New Roman" },
              { text: "ba", font: "Times New Roman Bold" },
            ],
          },
        ],
      },
      findings: [
        {
          span: { start: 0, end: 7 },
          fix: {
            description: "Đổi sang phông Times New Roman",
            edits: [
              {
                kind: "setRunFormat",
                paragraph: 0,
                expectedText: "Một hai đúng ba",
                start: 0,
                end: 7,
                format: { font: "Times New Roman" },
              },
            ],
          },
        },
        { span: { start: 13, end: 15 }, message: expect.stringContaining("“Times New Roman Bold”") },
      ],
    },
    {
      name: "header text is reported without a fix",
      doc: { paragraphs: ["x", { text: "Trang", location: "header", run: { font: "Calibri" } }] },
      findings: [{ paragraph: null, paragraphId: 1, excerpt: "Trang" }],
    },
    {
      name: "a profile's own font",
      doc: { paragraphs: ["x"] },
      options: { font: "Arial" },
      findings: [{ message: expect.stringContaining("phải dùng phông Arial") }],
    },
  ],
});

it("offers no edit for text outside the body, since edits address body paragraphs", () => {
  const [finding] = runRule(fontFamily, {
    paragraphs: ["x", { text: "Trang", location: "header", run: { font: "Calibri" } }],
  });
  expect(finding.fix).toBeUndefined();
});
