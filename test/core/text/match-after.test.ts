import { charBefore, matchAllAfter } from "../../../src/core/text/match-after";

const notDigit = (c: string) => !/\d/.test(c);
const found = (text: string, re: RegExp, before: (c: string) => boolean) =>
  [...matchAllAfter(text, re, before)].map((m) => [m.index, m[0]]);

// Node has lookbehind: each case must give exactly what the native `(?<!…)` / `(?<=…)` pattern gives.
const cases: [string, RegExp, RegExp, (c: string) => boolean][] = [
  ["2019, 12019 và 2020-2021", /(?:19|20)\d\d(?!\d)/g, /(?<!\d)(?:19|20)\d\d(?!\d)/g, notDigit],
  ["a.123 4/56 năm 7 năm", /(\d{1,3})\s+năm/gu, /(?<![\d.,/])(\d{1,3})\s+năm/gu, (c) => !/[\d.,/]/.test(c)],
  ["a.123", /\d{1,2}3/g, /(?<!\.)\d{1,2}3/g, (c) => c !== "."],
  ["1 năm", /\d+/g, /(?<!\d)\d+/g, notDigit],
  [
    "𝐀\u00A0b 1\u00A0c x\u00A0\u00A0y",
    /[\u00A0]+(?=\p{L})/gu,
    /(?<=\p{L})[\u00A0]+(?=\p{L})/gu,
    (c) => /\p{L}/u.test(c),
  ],
  [
    "hội liên hiệp phụ nữ, xhội liên hiệp",
    /hội liên hiệp(?![a-z])/g,
    /(?<![a-z])hội liên hiệp(?![a-z])/g,
    (c) => !/[a-z]/.test(c),
  ],
];

describe("matchAllAfter", () => {
  it.each(cases)("matches %j as the native lookbehind does", (text, plain, native, before) => {
    const expected = [...text.matchAll(native)].map((m) => [m.index, m[0]]);
    expect(expected.length).toBeGreaterThan(0);
    expect(found(text, plain, before)).toEqual(expected);
  });

  it("leaves the caller's pattern untouched", () => {
    const re = /\d/g;
    re.lastIndex = 3;
    expect(found("1a2", re, () => true)).toEqual([
      [0, "1"],
      [2, "2"],
    ]);
    expect(re.lastIndex).toBe(3);
  });
});

describe("charBefore", () => {
  it("returns a whole surrogate pair, or the empty string at the start", () => {
    expect(charBefore("a😀b", 3)).toBe("😀");
    expect(charBefore("ab", 0)).toBe("");
    expect(charBefore("ab", 1)).toBe("a");
  });
});
