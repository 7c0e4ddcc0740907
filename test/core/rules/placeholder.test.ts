import { findBlanks } from "../../../src/core/rules/blanks";
import { placeholder } from "../../../src/core/rules/placeholder";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

testRule(placeholder, {
  valid: [
    { name: "the plan fixture", doc: plan() },
    {
      name: "draft: the number, day and month and the signer's name left blank",
      doc: plan({
        number: withText("number", "Số: …/KH-SNV"),
        date: withText("date", "Lạng Sơn, ngày … tháng … năm 2024"),
        name: withText("name", "[Họ và tên]"),
      }),
    },
    {
      name: "draft: the peer's spaces-only number and day (“Số:        /QĐ-…”, “ngày        tháng 08”)",
      doc: plan({
        number: withText("number", "Số:        /KH-SNV"),
        date: withText("date", "Lạng Sơn, ngày        tháng 8 năm 2024"),
      }),
    },
    {
      name: "draft: a Party number left blank before its “-” (“Số …-KH/TU”)",
      doc: plan({ number: withText("number", "Số …-KH/TU") }),
    },
    {
      name: "an enumeration ending in an ellipsis, “v.v...” and a “(…)” cut in a quotation",
      doc: plan({
        p1: "Mời đại diện các sở, ban, ngành, … dự họp; chuẩn bị tài liệu, phòng họp v.v...",
        p2: "Luật quy định “cơ quan (…) chịu trách nhiệm” về nội dung văn bản.",
      }),
    },
    {
      name: "Roman numeral XX, a reference [1], a drawn underscore line",
      doc: plan({ p1: "Quán triệt Nghị quyết Đại hội XX của Đảng [1]." }, [
        { after: "summary", paragraphs: ["__________"] },
      ]),
    },
  ],
  invalid: [
    {
      name: "a skeleton's bracketed blanks",
      doc: plan({ p1: "Thực hiện [căn cứ, lý do], [Tên cơ quan] đề nghị [nội dung đề nghị]." }),
      findings: [
        {
          paragraph: 12,
          excerpt: expect.stringContaining("[căn cứ, lý do]"),
          message: expect.stringContaining("“[căn cứ, lý do]”"),
        },
        { message: expect.stringContaining("“[Tên cơ quan]”") },
        { message: expect.stringContaining("“[nội dung đề nghị]”") },
      ],
    },
    {
      name: "the peer's “[CẦN BỔ SUNG: …]” and an angle-bracket blank",
      doc: plan({ p1: "Kinh phí: [CẦN BỔ SUNG: số tiền + nguồn kinh phí]; đơn vị chủ trì: <Tên đơn vị>." }),
      findings: [
        { message: expect.stringContaining("[CẦN BỔ SUNG: số tiền + nguồn kinh phí]") },
        { message: expect.stringContaining("<Tên đơn vị>") },
      ],
    },
    {
      name: "dots, a leader, underscores and XXX standing for words",
      doc: plan({
        p1: "Tổng kinh phí: ............ đồng, do ông … phụ trách.",
        p2: "Người nhận: ________ ; số hiệu XXX.",
      }),
      findings: [
        { message: expect.stringContaining("dấu chấm") },
        { message: expect.stringContaining("dấu chấm") },
        { message: expect.stringContaining("dòng kẻ trống") },
        { message: expect.stringContaining("“XXX”") },
      ],
    },
    {
      name: "a phụ lục reference line with its dots (“số.../...-... ngày.... tháng....”)",
      doc: plan({ p1: "(Kèm theo Kế hoạch số.../KH-SNV ngày.... tháng.... năm....)" }),
      findings: [{}, {}, {}, {}],
    },
    {
      name: "draft: the year and the place left blank are not allowed blanks",
      doc: plan({ date: withText("date", "[Địa danh], ngày […] tháng […] năm […]") }),
      findings: [
        { message: expect.stringContaining("[Địa danh]") },
        { message: expect.stringContaining("“[…]”") },
      ],
    },
    {
      name: "final: the number, day, month and signer's name are errors too",
      stage: "final",
      doc: plan({
        number: withText("number", "Số:     /KH-SNV"),
        date: withText("date", "Lạng Sơn, ngày … tháng … năm 2024"),
        name: withText("name", "[Họ và tên]"),
      }),
      findings: [
        { severity: "error", message: expect.stringContaining("Chưa điền số văn bản") },
        { severity: "error", message: expect.stringContaining("Chưa điền ngày") },
        { severity: "error", message: expect.stringContaining("Chưa điền tháng") },
        { severity: "error", message: expect.stringContaining("Chưa điền họ tên người ký") },
      ],
    },
    {
      name: "final: any other blank is an error",
      stage: "final",
      doc: plan({ p1: "Kính gửi: [Tên cơ quan]." }),
      findings: [{ severity: "error", message: expect.stringContaining("trước khi ban hành") }],
    },
  ],
});

describe("findBlanks", () => {
  it.each([
    ["Số: xx/QĐ-UBND ngày xx/xx/20xx", ["xx", "xx", "xx", "xx"]],
    ["Căn cứ [Luật ngày … tháng … năm …];", ["[Luật ngày … tháng … năm …]"]],
    ["Họ và tên: ________", ["________"]],
    ["SỞ NỘI VỤ\n________", []],
    ["Các việc khác… Tất cả đều xong.", []],
    ["a < b và c > d", []],
  ])("%s", (text, blanks) => {
    expect(findBlanks(text).map((b) => b.text)).toEqual(blanks);
  });
});
