import { isDotAbbreviation, tokenize } from "../../../src/core/vietnamese/words";
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
