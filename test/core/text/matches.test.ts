import { matchesIn } from "../../../src/core/text/matches";
import { seededTexts } from "../../helpers/seeded-texts";

describe("matchesIn", () => {
  const patterns = [/[ \u00A0]{2,}/g, /x*/g, /(?:)/gu, /\p{Lu}+/gu, /a|(b)/g, /[,;](?=\p{L})/gu];
  const pieces = ["a", "b", "x", "  ", "\u00a0", ",", ";", "Đ", "𝐀", "😀", "é"];

  it("gives what matchAll gives, and leaves the pattern ready for the next text", () => {
    for (const text of seededTexts(5, pieces, 2000, 10))
      for (const re of patterns) {
        const mine = matchesIn(text, re).map((m) => [m.index, [...m]]);
        expect([text, re.source, mine]).toEqual([
          text,
          re.source,
          [...text.matchAll(re)].map((m) => [m.index, [...m]]),
        ]);
        expect(re.lastIndex).toBe(0);
      }
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => matchesIn("a", /a/)).toThrow();
  });
});
