// A clause goes to Word only as blocks our writer turns into OOXML: text that looks like markup stays text.
import { clausesToBlocks } from "../../../src/core/library/blocks";
import { parseLibrary } from "../../../src/core/library/validate";
import { readFlatOpc } from "../../../src/core/ooxml/read";
import { writeFragment } from "../../../src/core/ooxml/write";
import { clause, library, text } from "./fixtures";

describe("clause → writer → reader", () => {
  it("keeps comparison signs, ampersands and quotes as text", () => {
    const value = 'Tỷ lệ < 50% & > 30% "đạt" — {{ten_tinh}}';
    const result = parseLibrary(
      text(library([clause("a", { content: [{ type: "paragraph", text: value }] })])),
    );
    if (!result.ok) throw new Error(result.issues[0].reason);
    const xml = writeFragment(clausesToBlocks(result.library.clauses, { ten_tinh: "Lạng Sơn" }));
    expect(xml).not.toContain("< 50%");
    const model = readFlatOpc(xml);
    expect(model.paragraphs[0].text).toBe('Tỷ lệ < 50% & > 30% "đạt" — Lạng Sơn');
  });

  it("writes a missing variable as a highlighted placeholder", () => {
    const xml = writeFragment(
      clausesToBlocks([clause("a", { content: [{ type: "item", text: "Xã {{ten_xa}}." }] })], {}),
    );
    const p = readFlatOpc(xml).paragraphs[0];
    expect(p.text).toBe("- Xã [ten_xa].");
    expect(p.runs.find((r) => r.text === "[ten_xa]")?.format.highlight).toBe("yellow");
  });
});
