import {
  buildHeading,
  nextHeadingLabel,
  parseHeading,
  renumberHeadings,
} from "../../../src/core/builders/headings";
import { toRoman } from "../../../src/core/text/numerals";
import { createModel } from "../../../src/core/model/create";
import type { Edit } from "../../../src/core/rules/types";

function applyEdits(texts: string[], edits: Edit[]): string[] {
  const out = [...texts];
  for (const e of edits) {
    if (e.kind !== "replaceText") continue;
    expect(out[e.paragraph]).toBe(e.expectedText);
    out[e.paragraph] = out[e.paragraph].slice(0, e.start) + e.replacement + out[e.paragraph].slice(e.end);
  }
  return out;
}

describe("heading labels", () => {
  it.each([
    ["II. NỘI DUNG", 1, [2]],
    ["2. Tổ chức", 2, [2]],
    ["2.3. Phát động", 3, [2, 3]],
    ["2.3 Phát động", 3, [2, 3]],
    ["  đ) Điểm", 4, [5]],
    ["- Ý", 5, []],
    ["+ Ý nhỏ", 6, []],
  ])("parses %s", (text, level, values) => {
    expect(parseHeading(text)).toMatchObject({ level, values });
  });

  it.each(["1.200 người tham gia", "Năm 2019: kỷ niệm", "Điều 1. Ban hành", "-5 độ", "IIV. Sai"])(
    "does not take %s for a heading",
    (text) => expect(parseHeading(text)).toBeNull(),
  );

  it("writes Roman numerals", () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
  });
});

describe("next heading number", () => {
  const model = createModel({
    paragraphs: [
      "KẾ HOẠCH",
      "I. MỤC ĐÍCH",
      "1. Mục đích",
      "a) Một",
      "b) Hai",
      "2. Yêu cầu",
      "II. NỘI DUNG",
      "1. Việc",
      "1.1. Con",
    ],
  });
  it.each([
    [1, 9, "III."],
    [2, 9, "2."],
    [3, 9, "1.2."],
    [4, 5, "c)"],
    [2, 6, "3."],
    [3, 6, "2.1."],
    [4, 9, "a)"],
    [5, 9, "-"],
  ] as const)("level %i before paragraph %i is %s", (level, before, label) => {
    expect(nextHeadingLabel(model, level, before)).toBe(label);
  });

  it("builds Roman parts upper case and bold, justified with the body indent", () => {
    const h = buildHeading(1, "III.", "Tổ chức thực hiện", 14);
    expect(h.runs[0]).toMatchObject({ text: "III. TỔ CHỨC THỰC HIỆN", bold: true });
    expect(h).toMatchObject({ align: "both", headingLevel: 1, role: "heading" });
  });
});

describe("Đánh số lại", () => {
  it("renumbers 2.3. to 2.2. and its letters after 2.2. was deleted", () => {
    const texts = [
      "I. MỤC ĐÍCH",
      "1. Một",
      "2. Hai",
      "2.1. Con một",
      "2.3. Con ba",
      "a) Điểm",
      "c) Điểm",
      "3. Ba",
    ];
    const { edits, changes } = renumberHeadings(createModel({ paragraphs: texts }));
    expect(changes.map((c) => `${c.from}→${c.to}`)).toEqual(["2.3.→2.2.", "c)→b)"]);
    expect(applyEdits(texts, edits)).toEqual([
      "I. MỤC ĐÍCH",
      "1. Một",
      "2. Hai",
      "2.1. Con một",
      "2.2. Con ba",
      "a) Điểm",
      "b) Điểm",
      "3. Ba",
    ]);
  });

  it("restarts numbers under each Roman part and fixes parts out of order", () => {
    const texts = ["I. A", "1. x", "2. y", "III. B", "3. z", "4. w"];
    const out = applyEdits(texts, renumberHeadings(createModel({ paragraphs: texts })).edits);
    expect(out).toEqual(["I. A", "1. x", "2. y", "II. B", "1. z", "2. w"]);
  });

  it("counts Word list headings without editing them", () => {
    const model = createModel({
      paragraphs: [
        { text: "MỤC ĐÍCH", list: { numId: 1, level: 0, label: "I.", format: "upperRoman" } },
        "1. Một",
        { text: "NỘI DUNG", list: { numId: 1, level: 0, label: "II.", format: "upperRoman" } },
        "2. Việc",
      ],
    });
    const { edits, changes } = renumberHeadings(model);
    expect(changes).toEqual([{ paragraph: 3, from: "2.", to: "1.", fromList: false }]);
    expect(edits.every((e) => e.kind === "replaceText" && e.paragraph === 3)).toBe(true);
  });

  it("stops at Nơi nhận and skips table cells", () => {
    const model = createModel({
      paragraphs: [
        { text: "1. Trong bảng", cell: { table: 0, row: 0, col: 0 } },
        "1. Một",
        "Nơi nhận:",
        "5. Sau",
      ],
    });
    expect(renumberHeadings(model).edits).toEqual([]);
  });

  it("leaves a correct document unchanged", () => {
    const texts = ["I. A", "1. x", "1.1. y", "1.2 z", "a) p", "b) q", "- r", "+ s", "II. B"];
    expect(renumberHeadings(createModel({ paragraphs: texts })).edits).toEqual([]);
  });
});
