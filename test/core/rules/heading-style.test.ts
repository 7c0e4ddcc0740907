import { headingStyle } from "../../../src/core/rules/heading-style";
import type { ModelSpec } from "../../../src/core/model/create";
import { testRule } from "../../helpers/rule-tester";
import { plan, withText } from "../fixtures/documents";

const decision = (dieu: object): ModelSpec => ({
  paragraphs: [
    { text: "QUYẾT ĐỊNH", format: { alignment: "center" } },
    "Về việc ban hành Quy chế",
    { text: "QUYẾT ĐỊNH:", format: { alignment: "center" } },
    dieu,
    "Nơi nhận:",
    "- Lưu: VT, VP.",
  ],
});

testRule(headingStyle, {
  valid: [
    { name: "the plan fixture", doc: plan() },
    {
      name: "Điều N. label bold, title plain",
      doc: decision({ runs: [{ text: "Điều 1. ", bold: true }, { text: "Phạm vi điều chỉnh" }] }),
    },
    {
      name: "khoản with content is not bold",
      doc: plan({
        h1_1: {
          ...withText("h1_1", "1. Đánh giá kết quả thực hiện nhiệm vụ năm 2023."),
          run: { bold: false },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "Điều N. not bold",
      doc: decision({ text: "Điều 1. Phạm vi điều chỉnh" }),
      findings: [
        {
          message: "“Điều 1.” phải in đậm (NĐ 30/2020, Phụ lục I, mục II.6đ; mục V, ô 6a–6b).",
          span: { start: 0, end: 7 },
        },
      ],
    },
    {
      name: "Roman part in lower case",
      doc: plan({ h1: withText("h1", "I. Mục đích, yêu cầu") }),
      findings: [
        {
          message: expect.stringContaining("in hoa"),
          fix: {
            description: "Viết in hoa đề mục “I.”",
            edits: [expect.objectContaining({ replacement: "I. MỤC ĐÍCH, YÊU CẦU" })],
          },
        },
      ],
    },
    {
      name: "Roman part not bold",
      doc: plan({ h1: { run: { bold: false } } }),
      findings: [{ message: expect.stringContaining("in đậm") }],
    },
    {
      name: "titled khoản of a plan not bold",
      doc: plan({ h1_1: { run: { bold: false } } }),
      findings: [{ paragraph: 11, fix: expect.anything() }],
    },
  ],
});
