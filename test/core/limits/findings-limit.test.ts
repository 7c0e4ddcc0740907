// Findings per document are capped: the list ends with one note saying how many were left out, as severe as the
// worst of them, so a check of a huge sloppy document neither exhausts memory nor hides that errors remain.
import { LIMITS } from "../../../src/core/limits";
import { createModel } from "../../../src/core/model/create";
import { check } from "../../../src/core/rules/engine";

describe("the findings limit", () => {
  const sloppy = createModel({
    paragraphs: Array.from({ length: LIMITS.findings + 700 }, (_, i) => `Đoạn  thứ ${i} ,có lỗi.`),
  });

  it("lists the first findings in document order and ends with one note", () => {
    const findings = check(sloppy, { rules: ["text-spacing"] });
    expect(findings).toHaveLength(LIMITS.findings + 1);
    const paragraphs = findings.slice(0, -1).map((f) => f.paragraph ?? -1);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    const note = findings[findings.length - 1];
    expect(note.rule).toBe("checker");
    expect(note.paragraph).toBeNull();
    // Three slips per paragraph (double space, space before the comma, none after it): 5,700 × 3 − 5,000 left out.
    expect(note.message).toContain("12.100 chỗ nữa");
    expect(note.severity).toBe("warning");
  });

  it("gives the note the worst severity of what it left out", () => {
    const errors = createModel({
      paragraphs: Array.from({ length: LIMITS.findings + 10 }, (_, i) => ({
        text: `Nội dung đoạn thứ ${i} của văn bản.`,
        run: { size: 20 },
      })),
    });
    const findings = check(errors, { rules: ["body-font-size"] });
    expect(findings[findings.length - 1].severity).toBe("error");
  });

  it("adds nothing below the limit", () => {
    const few = check(createModel({ paragraphs: ["Một  lỗi ,nhỏ."] }), { rules: ["text-spacing"] });
    expect(few.map((f) => f.rule)).toEqual(["text-spacing", "text-spacing", "text-spacing"]);
  });
});
