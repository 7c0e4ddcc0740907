import { isDotAbbreviation, tokenize } from "../../../src/core/vietnamese/words";
import { seededTexts } from "../../helpers/seeded-texts";
import { foldDiacritics, foldForSearch } from "../../../src/core/vietnamese/fold";

describe("isDotAbbreviation", () => {
  it.each(["TM", "KT", "TL", "TUQ", "Q", "TP", "Tp", "ThS", "TS", "v.v", "V", "UB"])("%s is", (w) =>
    expect(isDotAbbreviation(w)).toBe(true),
  );
  it.each(["thời", "Nam", "UBND", "tỉnh", "hiện", ""])("%s is not", (w) =>
    expect(isDotAbbreviation(w)).toBe(false),
  );
});

describe("tokenize", () => {
  it("marks tokens separated by spaces only", () => {
    const t = tokenize("Trên đây là, Trên  đây");
    expect(t.map((x) => [x.key, x.spaceAfter])).toEqual([
      ["trên", true],
      ["đây", true],
      ["là", false],
      ["trên", true],
      ["đây", false],
    ]);
  });

  it("gives the words of /[\\p{L}\\p{M}\\p{N}]+/gu, each with its own lower case", () => {
    // Seeded strings over letters that change length or context in lower case (İ, Σ), surrogate pairs, marks.
    const alphabet = [
      "a",
      "Ệ",
      "İ",
      "Σ",
      "ς",
      "1",
      "𝐀",
      "😀",
      "\u0301",
      " ",
      "  ",
      ",",
      "\ud800",
      "-",
      "Đ",
      "x",
      "'",
    ];
    for (const text of seededTexts(7, alphabet, 2000, 12)) {
      const expected = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
        text: m[0],
        key: m[0].toLowerCase(),
        start: m.index,
      }));
      expect(tokenize(text).map(({ text: t, key, start }) => ({ text: t, key, start }))).toEqual(expected);
    }
  });
});

describe("fold", () => {
  it("folds diacritics and đ, whatever the normalisation", () => {
    expect(foldDiacritics("Thi đua - Khen thưởng")).toBe("Thi dua - Khen thuong");
    expect(foldDiacritics("Việt".normalize("NFD"))).toBe("Viet");
    expect(foldForSearch("  Ủy ban   Mặt trận ")).toBe("uy ban mat tran");
    expect(foldForSearch("ÐOÀN THANH NIÊN, ðoàn")).toBe("doan thanh nien, doan");
    expect(foldForSearch("Kế hoạ\u200Bch\u00A0thi đua")).toBe("ke hoach thi dua");
  });
});
