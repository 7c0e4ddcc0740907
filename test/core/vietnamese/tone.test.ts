import { convertSyllable, convertToneStyle, toneStyleOf, WORD } from "../../../src/core/vietnamese/tone";
import { seededTexts } from "../../helpers/seeded-texts";

// Every oa/oe/uy cluster with every tone, lower and upper case, written out by hand: [kiểu cũ, kiểu mới].
// prettier-ignore
const PAIRS: [string, string][] = [
  ["hòa", "hoà"], ["hóa", "hoá"], ["hỏa", "hoả"], ["hõa", "hoã"], ["họa", "hoạ"],
  ["khòe", "khoè"], ["khóe", "khoé"], ["khỏe", "khoẻ"], ["khõe", "khoẽ"], ["khọe", "khoẹ"],
  ["thùy", "thuỳ"], ["thúy", "thuý"], ["thủy", "thuỷ"], ["thũy", "thuỹ"], ["thụy", "thuỵ"],
  ["HÒA", "HOÀ"], ["HÓA", "HOÁ"], ["HỎA", "HOẢ"], ["HÕA", "HOÃ"], ["HỌA", "HOẠ"],
  ["KHÒE", "KHOÈ"], ["KHÓE", "KHOÉ"], ["KHỎE", "KHOẺ"], ["KHÕE", "KHOẼ"], ["KHỌE", "KHOẸ"],
  ["THÙY", "THUỲ"], ["THÚY", "THUÝ"], ["THỦY", "THUỶ"], ["THŨY", "THUỸ"], ["THỤY", "THUỴ"],
  ["Hòa", "Hoà"], ["Thủy", "Thuỷ"], ["Khỏe", "Khoẻ"], ["òa", "oà"], ["óe", "oé"],
  ["ủy", "uỷ"], ["Ủy", "Uỷ"], ["ỦY", "UỶ"], ["Òa", "Oà"], ["tòa", "toà"],
  ["xóa", "xoá"], ["lòe", "loè"], ["lũy", "luỹ"], ["tùy", "tuỳ"], ["hủy", "huỷ"],
  ["ngòa", "ngoà"], ["nhòe", "nhoè"], ["chóa", "choá"], ["trụy", "truỵ"], ["Đòa", "Đoà"],
];

// Words outside the rule: qu-/gi- onsets, closed syllables, other rimes, unmarked clusters.
// prettier-ignore
const UNTOUCHED = [
  "quý", "quỳ", "Quý", "QUÝ", "giữa", "hoàn", "thuyền", "hoặc", "khuya", "khuỷu",
  "thuở", "quả", "hoa", "thuy", "xuân", "của", "Nguyễn", "oai", "hoài", "ngoài",
  "khoái", "thuê", "huế", "quyết", "toán", "hoạch", "Hoàng",
];

describe("tone placement", () => {
  it.each(PAIRS)("%s (kiểu cũ) ↔ %s (kiểu mới)", (old, neu) => {
    expect(toneStyleOf(old)).toBe("old");
    expect(toneStyleOf(neu)).toBe("new");
    expect(convertSyllable(old, "new")).toBe(neu);
    expect(convertSyllable(neu, "old")).toBe(old);
    expect(convertSyllable(old, "old")).toBe(old);
    expect(convertSyllable(neu, "new")).toBe(neu);
  });

  it.each(UNTOUCHED)("leaves %s alone", (word) => {
    expect(toneStyleOf(word)).toBeNull();
    expect(convertSyllable(word, "old")).toBe(word);
    expect(convertSyllable(word, "new")).toBe(word);
  });

  it("reads decomposed (NFD) input and answers in NFC", () => {
    expect(toneStyleOf("hoà".normalize("NFD"))).toBe("new");
    expect(convertSyllable("hoà".normalize("NFD"), "old")).toBe("hòa");
  });

  it("converts a whole text and nothing else", () => {
    expect(convertToneStyle("Ủy ban hoà giải, khỏe mạnh, quý báu, thuyền, giữa", "new")).toBe(
      "Uỷ ban hoà giải, khoẻ mạnh, quý báu, thuyền, giữa",
    );
    expect(convertToneStyle("Uỷ ban hoà giải, thuỷ lợi", "old")).toBe("Ủy ban hòa giải, thủy lợi");
  });

  it("gives what converting every word gives, whether or not the text has combining marks", () => {
    const pieces = [
      "hoà",
      "hòa",
      "Thuỷ",
      "ỦY",
      "khoẻ",
      "quý",
      "oa",
      "x",
      " ",
      ", ",
      "𝐀",
      "hoa\u0300",
      "ệ",
      "uỳ",
    ];
    for (const text of seededTexts(11, pieces, 1000, 10)) {
      for (const style of ["old", "new"] as const)
        expect(convertToneStyle(text, style)).toBe(text.replace(WORD, (w) => convertSyllable(w, style)));
    }
  });
});
