import { comparableText, sameText } from "../../../src/core/text/paragraph-text";
import { planEdits } from "../../../src/core/ooxml/patch/plan";

describe("comparableText", () => {
  it("writes Word's line breaks and hyphens as the reader does, one character for one", () => {
    const word = "Dòng một\vDòng hai\fTrang\x0eCột\x1fchia\x1e2";
    const reader = "Dòng một\nDòng hai\nTrang\nCột\u00adchia\u20112";
    expect(comparableText(word)).toBe(reader);
    expect(comparableText(word)).toHaveLength(word.length);
    expect(comparableText(reader)).toBe(reader);
  });

  it("leaves tabs, non-breaking spaces and Vietnamese letters as they are", () => {
    expect(comparableText("Điều 1.\tPhạm\u00a0vi")).toBe("Điều 1.\tPhạm\u00a0vi");
  });
});

describe("sameText", () => {
  it("matches Word's text with the reader's and tells real differences apart", () => {
    expect(sameText("a\vb", "a\nb")).toBe(true);
    expect(sameText("a\vb", "a b")).toBe(false);
  });

  it("is how every host's edit plan compares a target with the text it expects", () => {
    const plan = planEdits(
      [
        {
          kind: "replaceText",
          paragraph: 0,
          expectedText: "Dòng một\nDòng hai",
          start: 0,
          end: 4,
          replacement: "Hàng",
        },
      ],
      () => "Dòng một\vDòng hai",
      0,
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.ordered).toHaveLength(1);
  });
});
