import { buildDraft } from "../../../src/core/builders/document";
import { findPlaceholders, nextPlaceholder } from "../../../src/core/builders/placeholders";
import { createModel } from "../../../src/core/model/create";
import { readDocx } from "../../../src/core/ooxml/read";
import { writeDocx } from "../../../src/core/ooxml/write";
import { officeProfile } from "./helpers";

describe("placeholders", () => {
  const model = createModel({
    paragraphs: ["Thực hiện [căn cứ], [Tên cơ quan] đề nghị", "Xong", "[Nội dung]"],
  });
  const spots = findPlaceholders(model);

  it("finds every […] with its span", () => {
    expect(spots.map((s) => [s.paragraph, s.start, s.end, s.text])).toEqual([
      [0, 10, 18, "[căn cứ]"],
      [0, 20, 33, "[Tên cơ quan]"],
      [2, 0, 10, "[Nội dung]"],
    ]);
  });

  it("steps forward and wraps round", () => {
    expect(nextPlaceholder(spots, null)?.text).toBe("[căn cứ]");
    expect(nextPlaceholder(spots, { paragraph: 0, offset: 11 })?.text).toBe("[Tên cơ quan]");
    expect(nextPlaceholder(spots, { paragraph: 1, offset: 0 })?.text).toBe("[Nội dung]");
    expect(nextPlaceholder(spots, { paragraph: 2, offset: 1 })?.text).toBe("[căn cứ]");
    expect(nextPlaceholder([], null)).toBeNull();
  });

  it("finds the placeholders a written skeleton leaves, highlighted", () => {
    const d = buildDraft({ type: "ke-hoach", org: officeProfile(), date: null });
    const m = readDocx(writeDocx(d.spec));
    const found = findPlaceholders(m);
    expect(found.length).toBeGreaterThan(5);
    for (const s of found) {
      const p = m.paragraphs[s.paragraph];
      const run = p.runs.find((r) => r.start <= s.start && s.start < r.start + r.text.length);
      expect(run?.format.highlight).toBe("yellow");
    }
  });
});
