import { POINT_LETTERS, romanValue, toRoman } from "../../../src/core/text/numerals";

describe("numerals", () => {
  it("writes Roman numerals", () => {
    expect([1, 4, 9, 14, 40, 90, 400, 1994, 3999].map(toRoman)).toEqual([
      "I",
      "IV",
      "IX",
      "XIV",
      "XL",
      "XC",
      "CD",
      "MCMXCIV",
      "MMMCMXCIX",
    ]);
    expect(toRoman(0)).toBe("");
  });

  it("reads canonical Roman numerals in either case and rejects the rest", () => {
    expect(["I", "iv", "XIV", "mcmxciv"].map(romanValue)).toEqual([1, 4, 14, 1994]);
    expect(["IIII", "IC", "VX", "", "A1"].map(romanValue)).toEqual([null, null, null, null, null]);
    for (let n = 1; n < 4000; n++) expect(romanValue(toRoman(n))).toBe(n);
  });

  it("lists the Vietnamese point letters: đ after d, no f j w z", () => {
    expect(POINT_LETTERS).toHaveLength(23);
    expect(POINT_LETTERS.slice(3, 6)).toEqual(["d", "đ", "e"]);
    expect(POINT_LETTERS.some((l) => "fjwz".includes(l))).toBe(false);
  });
});
