import type { PageNumberField } from "../../../src/core/model/types";
import { pageNumber } from "../../../src/core/rules/page-number";
import { testRule } from "../../helpers/rule-tester";

// One body paragraph (id 0), then the header/footer paragraph (id 1).
const field = (over: Partial<PageNumberField> = {}): PageNumberField => ({
  kind: "header",
  type: "default",
  part: "word/header1.xml",
  alignment: "center",
  format: "decimal",
  paragraph: 1,
  ...over,
});
const header = (text = "2", location: "header" | "footer" = "header") => ({
  text,
  location,
  runs: [{ text, kind: "field" as const, fieldCode: "PAGE" }],
});
const longBody = Array.from({ length: 40 }, () => "Nội dung kế hoạch ".repeat(30));

testRule(pageNumber, {
  valid: [
    {
      name: "centred PAGE field in the default header, first page different",
      doc: { paragraphs: ["Nội dung", header()], sections: [{ titlePage: true, pageNumbers: [field()] }] },
    },
    {
      name: "a one-page document without page numbers",
      doc: { paragraphs: ["Ngắn."], sections: [{ pageNumbers: [] }] },
    },
    {
      name: "about a page and a quarter of text: not surely past one page by the low estimate",
      doc: {
        paragraphs: Array.from({ length: 30 }, () => "Nội dung kế hoạch thi đua ".repeat(4)),
        sections: [{ pageNumbers: [] }],
      },
    },
  ],
  invalid: [
    {
      name: "in the footer",
      doc: {
        paragraphs: ["x", header("2", "footer")],
        sections: [{ pageNumbers: [field({ kind: "footer" })] }],
      },
      findings: [
        {
          paragraph: null,
          paragraphId: 1,
          excerpt: "2",
          message:
            "Số trang đang đặt ở chân trang; phải đặt ở phần đầu trang, căn giữa (NĐ 30/2020, Phụ lục I, mục I.7).",
        },
      ],
    },
    {
      name: "right-aligned, in Roman numerals",
      doc: {
        paragraphs: ["x", header("ii")],
        sections: [{ pageNumbers: [field({ alignment: "right", format: "lowerRoman" })] }],
      },
      findings: [
        { message: expect.stringContaining("phải căn giữa") },
        { message: expect.stringContaining("số La Mã; phải dùng chữ số Ả Rập") },
      ],
    },
    {
      name: "shown on the first page (no different first page)",
      doc: { paragraphs: ["x", header()], sections: [{ titlePage: false, pageNumbers: [field()] }] },
      findings: [{ paragraphId: 1, message: expect.stringContaining("Trang đầu không hiện số trang") }],
    },
    {
      name: "in the first-page header",
      doc: {
        paragraphs: ["x", header()],
        sections: [{ titlePage: true, pageNumbers: [field({ type: "first" })] }],
      },
      findings: [{ message: expect.stringContaining("Trang đầu không hiện số trang") }],
    },
    {
      name: "a number typed by hand",
      doc: { paragraphs: ["x", { text: "2", location: "header" }], sections: [{ literalPageNumbers: [1] }] },
      findings: [{ paragraphId: 1, message: expect.stringContaining("gõ tay") }],
    },
    {
      name: "a long document without page numbers",
      doc: { paragraphs: longBody, sections: [{ pageNumbers: [] }] },
      findings: [{ paragraph: null, section: 0, message: expect.stringContaining("chưa đánh số trang") }],
    },
  ],
});
