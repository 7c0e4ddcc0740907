import {
  endsEnumerationItem,
  endsLetterThenWhite,
  endsWithValueWord,
  whiteStart,
} from "../../../src/core/rules/blanks-before";
import { seededTexts } from "../../helpers/seeded-texts";

// Each helper reads backwards what an end-anchored pattern reads on the whole text before the run of dots.
describe("blanks-before", () => {
  const pieces = [
    "a",
    "1",
    "ở",
    "Đ",
    "𝐀",
    "😀",
    "١",
    "²",
    "\u0301",
    "\ud835",
    "\udc00",
    " ",
    "\u00a0",
    "\t",
    "\n",
    "\u3000",
    ",",
    "(",
    ".",
    "…",
    "x",
    "số",
    "SỐ",
    "ſố",
    "ngày",
    "tháng",
    "Tháng",
    "năm",
    "giờ",
    "lúc",
    "tại",
    "ông",
    "bà",
    "của",
    "số ",
    ", ",
  ];
  const patterns = {
    endsWithValueWord: /(?:^|[^\p{L}])(?:số|ngày|tháng|năm|giờ|lúc|tại|ông|bà|của)\s*$/iu,
    endsEnumerationItem: /,\s*(?:[\p{L}\p{N}]+\s+){0,3}[\p{L}\p{N}]+$/u,
    endsLetterThenWhite: /\p{L}\s+$/u,
  };
  const helpers = { endsWithValueWord, endsEnumerationItem, endsLetterThenWhite };

  it("answers as the anchored patterns do at every end of 3,000 seeded texts", () => {
    const held = { endsWithValueWord: 0, endsEnumerationItem: 0, endsLetterThenWhite: 0 };
    const differ: [string, string, number][] = [];
    for (const text of seededTexts(30, pieces, 3000, 14))
      for (let end = 0; end <= text.length; end++)
        for (const name of Object.keys(patterns) as (keyof typeof patterns)[]) {
          const expected = patterns[name].test(text.slice(0, end));
          if (helpers[name](text, end) !== expected) differ.push([name, text, end]);
          if (expected) held[name]++;
        }
    expect(differ.slice(0, 5)).toEqual([]);
    // Each pattern holds often enough for the comparison to mean something.
    for (const count of Object.values(held)) expect(count).toBeGreaterThan(1000);
  });

  it("finds where the trailing white space starts", () => {
    expect(whiteStart("ngày \u00a0\t", 7)).toBe(4);
    expect(whiteStart("ngày", 4)).toBe(4);
    expect(whiteStart("  ", 2)).toBe(0);
  });
});
