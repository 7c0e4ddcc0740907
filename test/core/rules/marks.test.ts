import { marks } from "../../../src/core/rules/marks";
import type { ParagraphSpec } from "../../../src/core/model/create";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const mark = (text: string, run: ParagraphSpec["run"] = { size: 13, bold: true }): ParagraphSpec => ({
  text,
  run,
  format: { alignment: "center", indent: { left: 0, right: 0, firstLine: 0 } },
  cell: { table: 0, row: 0, col: 0 },
});
const underNumber = (...m: ParagraphSpec[]) => [{ after: "number" as const, paragraphs: m }];

testRule(marks, {
  valid: [
    { name: "no mark", doc: plan() },
    {
      name: "KHẨN and MẬT under the number (ô 10a, 10b)",
      doc: plan({}, underNumber(mark("MẬT"), mark("KHẨN"))),
    },
    {
      name: "HOẢ TỐC as Phụ lục I, mục III.2b writes it",
      doc: plan({}, underNumber(mark("HOẢ TỐC", { size: 14, bold: true }))),
    },
    {
      name: "“DỰ THẢO LẦN 2” on its own line above the tên loại",
      doc: plan({}, [
        { after: "date", paragraphs: [{ text: "DỰ THẢO LẦN 2", run: { size: 13, bold: true } }] },
      ]),
    },
    {
      name: "the words in running text are not marks",
      doc: plan({ p1: "Văn bản mật, văn bản khẩn được chuyển ngay trong ngày; tài liệu lưu hành nội bộ." }),
    },
  ],
  invalid: [
    {
      name: "“Khẩn” in lower case, not bold",
      doc: plan({}, underNumber(mark("Khẩn", { size: 13 }))),
      findings: [
        {
          message: expect.stringContaining("viết đúng “KHẨN”"),
          fix: expect.objectContaining({ edits: [expect.objectContaining({ replacement: "KHẨN" })] }),
        },
        { message: expect.stringContaining("phải in đậm") },
      ],
    },
    {
      name: "“LƯU HÀNH NỘI BỘ” at 12 pt, italic",
      doc: plan({}, underNumber(mark("LƯU HÀNH NỘI BỘ", { size: 12, bold: true, italic: true }))),
      findings: [
        { message: expect.stringContaining("không in nghiêng") },
        { message: expect.stringMatching(/cỡ chữ 12 pt, quy định 13–14 pt.*Phụ lục I, mục III\.2/) },
      ],
    },
    {
      name: "a mark dropped into the body",
      doc: plan({}, [{ after: "p1", paragraphs: [{ text: "THƯỢNG KHẨN", run: { size: 14, bold: true } }] }]),
      findings: [{ message: expect.stringContaining("đặt ở phần đầu trang thứ nhất") }],
    },
    {
      name: "a mark with its new-style tone where the decree has none (“TỐI MẶT” typo is not a mark; “Mật” is)",
      doc: plan({ number: withText("number", "Số: 04/KH-SNV") }, underNumber(mark("Mật"))),
      findings: [{ message: expect.stringContaining("“MẬT”") }],
    },
  ],
});
