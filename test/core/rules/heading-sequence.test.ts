import { headingSequence } from "../../../src/core/rules/heading-sequence";
import type { ModelSpec } from "../../../src/core/model/create";
import { runRule, testRule } from "../../helpers/rule-tester";
import { plan } from "../fixtures/documents";

/** A body of headings and text between a title and a closing line. */
const body = (lines: (string | object)[]): ModelSpec => ({
  paragraphs: [
    { text: "KẾ HOẠCH", run: { bold: true }, format: { alignment: "center" } },
    "Về việc tổ chức hội nghị",
    ...lines.map((l) => (typeof l === "string" ? l : l)),
    { text: "Nơi nhận:" },
    "- Lưu: VT, VP.",
  ],
});
const decision = (lines: string[]): ModelSpec => ({
  paragraphs: [
    { text: "QUYẾT ĐỊNH", format: { alignment: "center" } },
    "Về việc ban hành Quy chế",
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    { text: "QUYẾT ĐỊNH:", format: { alignment: "center" } },
    ...lines,
    "Nơi nhận:",
    "- Lưu: VT, VP.",
  ],
});
const list = (label: string, format: string, text: string) => ({
  text,
  list: { numId: 1, level: 0, label, format },
});

testRule(headingSequence, {
  valid: [
    { name: "the plan fixture", doc: plan() },
    {
      name: "a “1., 2.” list inside a point, the khoản numbering going on after it",
      doc: body([
        "I. NỘI DUNG",
        "1. Thời gian, địa điểm",
        "a) Thời gian tổ chức gồm các đợt:",
        "1. Đợt một: tháng 3.",
        "2. Đợt hai: tháng 9.",
        "b) Địa điểm: Hội trường tỉnh.",
        "1. Hội trường A.",
        "2. Thành phần",
        "II. TỔ CHỨC THỰC HIỆN",
      ]),
    },
    {
      name: "1.1. under 1., restarting under each Roman part",
      doc: body([
        "I. MỤC ĐÍCH",
        "1. Mục đích",
        "1.1. Một",
        "1.2. Hai",
        "2. Yêu cầu",
        "2.1. Một",
        "II. NỘI DUNG",
        "1. Nội dung",
        "a) Một",
        "b) Hai",
        "c) Ba",
        "d) Bốn",
        "đ) Năm",
        "e) Sáu",
        "g) Bảy",
      ]),
    },
    {
      name: "Word list numbering",
      doc: body([
        list("I.", "upperRoman", "MỤC ĐÍCH"),
        list("II.", "upperRoman", "NỘI DUNG"),
        list("1.", "decimal", "Nội dung một"),
      ]),
    },
    {
      name: "Điều through the document, khoản restarting per Điều",
      doc: decision([
        "Điều 1. Ban hành",
        "1. Khoản một",
        "2. Khoản hai",
        "a) Điểm a",
        "b) Điểm b",
        "Điều 2. Hiệu lực",
        "1. Khoản một",
        "Điều 3. Thi hành",
      ]),
    },
    {
      name: "each Phụ lục restarts its numbering",
      doc: body([
        "I. MỤC ĐÍCH",
        "II. NỘI DUNG",
        "./.",
        { text: "Phụ lục I", format: { alignment: "center" } },
        { text: "DANH SÁCH", format: { alignment: "center" } },
        "I. Nhóm một",
        "II. Nhóm hai",
      ]),
    },
  ],
  invalid: [
    {
      name: "a list inside a point that skips a number is still reported",
      doc: body(["I. NỘI DUNG", "1. Thời gian", "a) Các đợt:", "1. Đợt một.", "3. Đợt ba.", "II. TỔ CHỨC"]),
      findings: [{ message: expect.stringContaining("“3.”") }],
    },
    {
      name: "gap",
      doc: body(["I. MỤC ĐÍCH", "III. NỘI DUNG"]),
      findings: [
        {
          message: expect.stringContaining("bị nhảy số; đúng ra là “II.”"),
          fix: { description: expect.any(String), edits: [expect.objectContaining({ replacement: "II." })] },
        },
      ],
    },
    {
      name: "repeat",
      doc: body(["I. MỤC ĐÍCH", "1. Một", "2. Hai", "2. Ba"]),
      findings: [{ message: expect.stringContaining("bị lặp lại; đúng ra là “3.”") }],
    },
    {
      name: "wrong order",
      doc: body(["I. MỤC ĐÍCH", "1. Một", "2. Hai", "3. Ba", "2. Bốn"]),
      findings: [{ message: expect.stringContaining("sai thứ tự") }],
    },
    {
      name: "1.2. under 2.",
      doc: body(["I. MỤC ĐÍCH", "1. Một", "2. Hai", "1.2. Lạc chỗ"]),
      findings: [{ message: expect.stringContaining("không thuộc mục “2.”") }],
    },
    {
      name: "level jump: 1.1. with no 1. above",
      doc: body(["I. MỤC ĐÍCH", "1.1. Nhảy cấp"]),
      findings: [{ message: expect.stringContaining("nhảy cấp") }],
    },
    {
      name: "điểm skip đ",
      doc: decision(["Điều 1. Một", "1. Khoản", "a) A", "b) B", "c) C", "d) D", "e) E"]),
      findings: [{ message: expect.stringContaining("đúng ra là “đ)”") }],
    },
    {
      name: "letter outside the Vietnamese alphabet",
      doc: body(["I. MỤC ĐÍCH", "a) A", "b) B", "f) F"]),
      findings: [{ message: expect.stringContaining("bảng chữ cái tiếng Việt") }],
    },
    {
      name: "Điều restarting after a Chương",
      doc: decision(["Chương I", "Điều 1. Một", "Chương II", "Điều 1. Hai"]),
      findings: [{ message: expect.stringContaining("đúng ra là “Điều 2.”") }],
    },
    {
      name: "Word list numbering with a gap",
      doc: body([list("I.", "upperRoman", "MỤC ĐÍCH"), list("III.", "upperRoman", "NỘI DUNG")]),
      findings: [{ message: expect.stringContaining("đúng ra là “II.”"), excerpt: "NỘI DUNG" }],
    },
  ],
});

describe("heading-sequence fixes", () => {
  it("offers no text fix for numbers produced by Word's list numbering", () => {
    const found = runRule(
      headingSequence,
      body([list("I.", "upperRoman", "MỤC ĐÍCH"), list("III.", "upperRoman", "NỘI DUNG")]),
    );
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });
});
