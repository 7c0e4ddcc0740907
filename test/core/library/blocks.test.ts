import {
  clausesToBlocks,
  contentLines,
  lineToParagraph,
  paragraphsToContent,
} from "../../../src/core/library/blocks";
import { createModel } from "../../../src/core/model/create";
import { clause } from "./fixtures";

describe("clause → blocks", () => {
  const c = clause("a", {
    content: [
      { type: "heading", level: 2, text: "1. Công tác khen thưởng" },
      {
        type: "item",
        text: [
          { text: "Tỉnh {{ten_tinh}}, " },
          { text: "ngày 11/6", bold: true },
          { text: " xã {{ten_xa}}." },
        ],
      },
      { type: "paragraph", text: "Giai đoạn {{giai_doan}}." },
      { type: "item", marker: "+", text: "Ý phụ" },
    ],
  });

  it("builds paragraphs from the structured text with variables filled", () => {
    const blocks = clausesToBlocks([c], { ten_tinh: "Lạng Sơn", giai_doan: "2026-2030" });
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatchObject({ role: "heading", headingLevel: 2, keepNext: true });
    expect(blocks[0].runs).toEqual([{ text: "1. Công tác khen thưởng", bold: true }]);
    expect(blocks[1].runs).toEqual([
      { text: "- Tỉnh Lạng Sơn, " },
      { text: "ngày 11/6", bold: true },
      { text: " xã " },
      { text: "[ten_xa]", placeholder: true },
      { text: "." },
    ]);
    expect(blocks[2]).toMatchObject({ role: "clause", align: "both", indent: { firstLine: 567 } });
    expect(blocks[2].runs).toEqual([{ text: "Giai đoạn 2026-2030." }]);
    expect(blocks[3].runs[0].text).toBe("+ Ý phụ");
  });

  it("reads back as lines", () => {
    expect(contentLines(c.content)).toEqual([
      "1. Công tác khen thưởng",
      "- Tỉnh {{ten_tinh}}, ngày 11/6 xã {{ten_xa}}.",
      "Giai đoạn {{giai_doan}}.",
      "+ Ý phụ",
    ]);
  });
});

describe("lines and selections → content", () => {
  it("recognises items and typed heading numbers", () => {
    expect(lineToParagraph("- Một ý")).toEqual({ type: "item", text: "Một ý" });
    expect(lineToParagraph("+ Ý con")).toEqual({ type: "item", marker: "+", text: "Ý con" });
    expect(lineToParagraph("II. NỘI DUNG")).toEqual({ type: "heading", level: 1, text: "II. NỘI DUNG" });
    expect(lineToParagraph("2.1. Hằng năm")).toMatchObject({ type: "heading", level: 3 });
    expect(lineToParagraph("3. Khen thưởng")).toMatchObject({ type: "heading", level: 2 });
    expect(lineToParagraph("a) Điểm")).toMatchObject({ type: "heading", level: 4 });
    expect(lineToParagraph("Đoạn thường.")).toEqual({ type: "paragraph", text: "Đoạn thường." });
  });

  it("keeps bold and italic of the selected runs, shows fields as their text and skips empty paragraphs", () => {
    const model = createModel({
      paragraphs: [
        { runs: [{ text: "3. Công tác khen thưởng", bold: true }] },
        "",
        {
          runs: [
            { text: "- Hằng năm vào " },
            { text: "ngày 11/6", italic: true },
            { text: "\t", kind: "tab" },
            { text: "x " },
          ],
        },
        { runs: [{ text: "Trang " }, { text: "2", kind: "field", fieldCode: "PAGE" }] },
        { text: "Ý đánh dấu", list: { numId: 1, level: 0, label: "-", format: "bullet" } },
      ],
    });
    expect(paragraphsToContent(model.paragraphs)).toEqual([
      { type: "heading", level: 2, text: [{ text: "3. Công tác khen thưởng", bold: true }] },
      {
        type: "item",
        text: [{ text: "Hằng năm vào " }, { text: "ngày 11/6", italic: true }, { text: " x" }],
      },
      { type: "paragraph", text: "Trang 2" },
      { type: "item", text: "Ý đánh dấu" },
    ]);
  });
});
