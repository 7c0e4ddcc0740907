import { createModel } from "../../../src/core/model/create";
import { applyEditsToModel } from "../../../src/core/rules/model-edits";

const model = () =>
  createModel({
    paragraphs: [
      {
        runs: [
          { text: "Lạng Sơn, ngày ", italic: true },
          { text: "5", italic: true, bold: true },
          { text: " tháng 08 năm 2024", italic: true },
        ],
      },
      "Đoạn hai.",
    ],
  });
const expectedText = "Lạng Sơn, ngày 5 tháng 08 năm 2024";

describe("applyEditsToModel", () => {
  it("replaces text inside one run and across runs, keeping the first run's format", () => {
    const { model: m, applied } = applyEditsToModel(model(), [
      { kind: "replaceText", paragraph: 0, expectedText, start: 15, end: 16, replacement: "05" },
    ]);
    expect(applied).toBe(1);
    expect(m.paragraphs[0].text).toBe("Lạng Sơn, ngày 05 tháng 08 năm 2024");
    expect(m.paragraphs[0].runs.map((r) => [r.text, r.start, r.format.bold])).toEqual([
      ["Lạng Sơn, ngày ", 0, false],
      ["05", 15, true],
      [" tháng 08 năm 2024", 17, false],
    ]);
    const across = applyEditsToModel(model(), [
      { kind: "replaceText", paragraph: 0, expectedText, start: 10, end: 20, replacement: "X" },
    ]).model;
    expect(across.paragraphs[0].text).toBe("Lạng Sơn, Xng 08 năm 2024");
  });

  it("formats a span by splitting runs", () => {
    const m = applyEditsToModel(model(), [
      { kind: "setRunFormat", paragraph: 0, expectedText, start: 0, end: 8, format: { size: 13 } },
    ]).model;
    expect(m.paragraphs[0].runs.map((r) => [r.text, r.format.size])).toEqual([
      ["Lạng Sơn", 13],
      [", ngày ", 14],
      ["5", 14],
      [" tháng 08 năm 2024", 14],
    ]);
  });

  it("skips an edit whose paragraph changed and leaves the input alone", () => {
    const input = model();
    const r = applyEditsToModel(input, [
      {
        kind: "setParagraphFormat",
        paragraph: 1,
        expectedText: "Đoạn khác.",
        format: { alignment: "center" },
      },
      {
        kind: "setParagraphFormat",
        paragraph: 1,
        expectedText: "Đoạn hai.",
        format: { indent: { firstLine: 720 } },
      },
    ]);
    expect([r.applied, r.skipped]).toEqual([1, 1]);
    expect(r.model.paragraphs[1].format.indent).toEqual({ left: 0, right: 0, firstLine: 720 });
    expect(input.paragraphs[1].format.indent.firstLine).toBe(567);
  });

  it("changes page setup", () => {
    const m = applyEditsToModel(model(), [
      { kind: "setPageSetup", section: 0, page: { margins: { left: 1701 } } },
    ]).model;
    expect(m.sections[0].page?.margins.left).toBe(1701);
  });
});
