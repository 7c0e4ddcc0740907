import { printed, printsNothing } from "../../../src/core/analysis/text";
import { seededTexts } from "../../helpers/seeded-texts";

describe("printsNothing", () => {
  it('answers as printed(text).trim() === "" on seeded mixes of white space, invisible and printing characters', () => {
    const pieces = [
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u2028",
      "\u3000",
      "\ufeff",
      "\u00ad",
      "\u200b",
      "\u200d",
      "\u2060",
      "\u200e",
      "a",
      "Đ",
      "_",
      "\u0301",
    ];
    const texts = seededTexts(3, pieces, 5000, 6);
    let empty = 0;
    for (const text of texts) {
      const expected = printed(text).trim() === "";
      expect([text, printsNothing(text)]).toEqual([text, expected]);
      if (expected) empty++;
    }
    expect(empty).toBeGreaterThan(500);
    expect(empty).toBeLessThan(4500);
  });
});
