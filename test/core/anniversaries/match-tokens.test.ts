import { foldedWords, matchTokens } from "../../../src/core/anniversaries/match-tokens";
import { foldDiacritics } from "../../../src/core/vietnamese/fold";
import { seededTexts } from "../../helpers/seeded-texts";

/** The definition: the whole text folded at once, then its runs of a–z and digits. */
const reference = (text: string): string[] =>
  foldDiacritics(text)
    .toLowerCase()
    .replace(/y/g, "i")
    .match(/[a-z0-9]+/g) ?? [];

describe("foldedWords", () => {
  it("folds every BMP character alone and between two letters as the whole text's fold does", () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      for (const text of [char, `a${char}b`, `Y${char}\u0301y`])
        if (foldedWords(text).join(" ") !== reference(text).join(" ")) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it("folds seeded texts (decomposed marks, look-alike letters, astral and lone surrogates) as the whole text's fold does", () => {
    const pieces = [
      "Ngày",
      "thành lập",
      "Quân đội",
      "sỹ",
      "SỸ",
      "a\u0301",
      "o\u031b\u0300",
      "Đ",
      "ð",
      "Ð",
      "İ",
      "\u212a",
      "\u212b",
      "ﬁ",
      "ẞ",
      "Σ",
      "𝐀",
      "😀",
      "\ud835",
      "\udc00",
      "\u0345",
      "\u1dc4",
      "\u1100\u1161",
      "\u0627\u0653",
      "MTTQ",
      "y",
      " ",
      ", ",
      "2017",
      "\u00a0",
    ];
    const differ: string[] = [];
    for (const text of seededTexts(14, pieces, 4000, 12))
      if (foldedWords(text).join(" ") !== reference(text).join(" ")) differ.push(text);
    expect(differ).toEqual([]);
  });
});

describe("matchTokens", () => {
  it("expands abbreviations and drops stop words", () => {
    expect([...matchTokens("Ngày truyền thống của MTTQ Việt Nam")]).toEqual([
      "ngai",
      "truien",
      "thong",
      "mat",
      "tran",
      "to",
      "quoc",
      "viet",
      "nam",
    ]);
    expect([...matchTokens("constructor")]).toEqual(["constructor"]);
  });
});
