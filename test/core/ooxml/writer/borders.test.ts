// Paragraph borders of the block model: a full-width line over or under a paragraph, and a frame hugging its text
// (độ khẩn, phạm vi lưu hành; NĐ 30/2020, Phụ lục I, mục III.2b–c, III.3). Written as w:pBdr, read back.
import type { BlockParagraph } from "../../../../src/core/model/blocks";
import { a4Page } from "../../../../src/core/model/create";
import { readDocx } from "../../../../src/core/ooxml/read";
import { writeDocx } from "../../../../src/core/ooxml/write";

const para = (text: string, border: BlockParagraph["border"]): BlockParagraph => ({
  kind: "paragraph",
  runs: [{ text, bold: true }],
  align: "center",
  size: 13,
  border,
});

const read = (...blocks: BlockParagraph[]) =>
  readDocx(writeDocx({ blocks, page: a4Page(), pageNumbers: false, bodySize: 14 })).paragraphs;

it("reads back a top line, a bottom line and a frame", () => {
  const [top, bottom, box, none] = read(
    para("Địa chỉ", "top"),
    para("", "bottom"),
    para("LƯU HÀNH NỘI BỘ", "box"),
    para("Văn bản", undefined),
  );
  expect(top.format.borders).toEqual({ top: true, bottom: false });
  expect(bottom.format.borders).toMatchObject({ top: false, bottom: true });
  expect(box.format.borders).toEqual({ top: true, bottom: true, left: true, right: true });
  expect(none.format.borders).toEqual({ top: false, bottom: false });
});

it("sizes a frame to its text, centred in the column, and a line to the whole width", () => {
  const [short, long, line] = read(para("KHẨN", "box"), para("THƯỢNG KHẨN", "box"), para("", "bottom"));
  // Equal indents: the narrower the word, the larger the indents around its frame.
  expect(short.format.indent.left).toBe(short.format.indent.right);
  expect(short.format.indent.left).toBeGreaterThan(long.format.indent.left);
  expect(long.format.indent.left).toBeGreaterThan(0);
  expect(line.format.indent.left).toBe(0);
  expect(line.format.indent.right).toBe(0);
});
