import { docTitle } from "../../../src/core/rules/doc-title";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const noBorder = {
  alignment: "center" as const,
  borders: { top: false, bottom: false },
  indent: { left: 0, right: 0, firstLine: 0 },
};
const vv = (spec: object = {}) => ({
  after: "number" as const,
  paragraphs: [{ ...withText("number", "V/v tổ chức hội nghị tổng kết"), ...spec }],
});

testRule(docTitle, {
  valid: [
    { name: "KẾ HOẠCH and its trích yếu with a line under", doc: plan() },
    {
      name: "trích yếu on two lines, line as underscores",
      doc: plan({ summary: { format: noBorder } }, [
        {
          after: "summary",
          paragraphs: [
            { text: "giai đoạn 2024-2025", run: { size: 14, bold: true }, format: noBorder },
            { text: "________", format: noBorder },
          ],
        },
      ]),
    },
    { name: "công văn with its V/v line", doc: plan({ docTitle: null, summary: null }, [vv()]) },
  ],
  invalid: [
    {
      name: "tên loại not bold",
      doc: plan({ docTitle: { run: { size: 14 } } }),
      findings: [{ message: expect.stringContaining("Tên loại văn bản phải in đậm") }],
    },
    {
      name: "tên loại not centred",
      doc: plan({ docTitle: { format: { ...noBorder, alignment: "left" } } }),
      findings: [{ message: expect.stringContaining("căn giữa"), fix: expect.anything() }],
    },
    {
      name: "trích yếu without a line under",
      doc: plan({ summary: { format: noBorder } }),
      findings: [{ message: expect.stringContaining("đường kẻ") }],
    },
    {
      name: "trích yếu missing",
      doc: plan({ summary: null, intro: { text: "" } }),
      findings: [{ message: expect.stringContaining("Thiếu trích yếu") }],
    },
    {
      name: "V/v in a document with a type name",
      doc: plan({}, [vv()]),
      findings: [{ message: expect.stringContaining("không ghi “V/v”") }],
    },
    {
      name: "V/v line in bold",
      doc: plan({ docTitle: null, summary: null }, [vv({ run: { size: 13, bold: true } })]),
      findings: [{ message: expect.stringContaining("không in đậm") }],
    },
    {
      name: "no tên loại and no V/v",
      doc: plan({ docTitle: null, summary: null, intro: withText("intro", "Nội dung văn bản.") }),
      findings: [{ paragraph: null, message: expect.stringContaining("Không thấy tên loại") }],
    },
  ],
});
