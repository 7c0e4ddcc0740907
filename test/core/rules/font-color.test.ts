import { fontColor } from "../../../src/core/rules/font-color";
import { testRule } from "../../helpers/rule-tester";

testRule(fontColor, {
  valid: [
    { name: "automatic colour", doc: { paragraphs: ["Nội dung"] } },
    { name: "explicit black", doc: { paragraphs: [{ text: "x", run: { color: "000000" } }] } },
    {
      name: "hidden text is not seen",
      doc: { paragraphs: [{ text: "ghi chú ẩn", run: { color: "FF0000", hidden: true } }] },
    },
    {
      name: "white space in colour",
      doc: { paragraphs: [{ runs: [{ text: "a" }, { text: "  ", color: "FF0000" }] }] },
    },
  ],
  invalid: [
    {
      name: "red text",
      doc: { paragraphs: [{ runs: [{ text: "Ghi chú " }, { text: "quan trọng", color: "FF0000" }] }] },
      findings: [
        {
          paragraph: 0,
          span: { start: 8, end: 18 },
          excerpt: "Ghi chú quan trọng",
          message: "Chữ đang có màu #FF0000, phải là màu đen (NĐ 30/2020, Phụ lục I, mục I.4).",
          fix: {
            description: "Đổi màu chữ thành đen",
            edits: [
              {
                kind: "setRunFormat",
                paragraph: 0,
                expectedText: "Ghi chú quan trọng",
                start: 8,
                end: 18,
                format: { color: "000000" },
              },
            ],
          },
        },
      ],
    },
    {
      name: "white text hidden in the body, and a blue hyperlink in a text box",
      doc: {
        paragraphs: [
          { text: "(Đã ký)", run: { color: "FFFFFF" } },
          { text: "http://example.vn", location: "textbox", run: { color: "0563C1" } },
        ],
      },
      findings: [
        { paragraph: 0, message: expect.stringContaining("#FFFFFF") },
        { paragraph: null, paragraphId: 1, message: expect.stringContaining("#0563C1") },
      ],
    },
  ],
});
