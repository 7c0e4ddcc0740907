import {
  hasLetter,
  hasLower,
  hasMark,
  hasUpper,
  isLetterOrMark,
  isOneLetter,
  isUpperText,
  startsUpper,
} from "../../../src/core/vietnamese/letters";
import { seededTexts } from "../../helpers/seeded-texts";

describe("letters", () => {
  it("tells letters from digits and punctuation, in any script", () => {
    expect(hasLetter("12. –")).toBe(false);
    expect(hasLetter("1 đ")).toBe(true);
    expect(hasLetter("𝐀")).toBe(true);
  });

  it("reads upper- and lower-case Vietnamese letters", () => {
    expect(hasUpper("ủy ban")).toBe(false);
    expect(hasUpper("Ủy ban")).toBe(true);
    expect(hasLower("ỦY BAN")).toBe(false);
    expect(hasLower("ỦY BAn")).toBe(true);
    expect(isUpperText("I. MỤC ĐÍCH, YÊU CẦU")).toBe(true);
    expect(isUpperText("I. Mục đích")).toBe(false);
    expect(isUpperText("1.2.")).toBe(false);
  });

  it("calls a text upper case exactly when upper-casing leaves it as it is", () => {
    // Letters whose upper case is longer (ß, ŉ, ﬀ), title case (ǅ), other scripts, marks.
    const pieces = [
      "a",
      "A",
      "ß",
      "SS",
      "ŉ",
      "ﬀ",
      "ǅ",
      "Ǆ",
      "ệ",
      "Ệ",
      "σ",
      "Σ",
      "𐐨",
      "𐐀",
      "1",
      " ",
      ".",
      "\u0301",
    ];
    for (const text of seededTexts(9, pieces, 5000, 6)) {
      expect([text, isUpperText(text)]).toEqual([text, hasLetter(text) && text === text.toUpperCase()]);
    }
  });

  it("takes the first character whole", () => {
    expect(startsUpper("Đảng")).toBe(true);
    expect(startsUpper("đảng")).toBe(false);
    expect(startsUpper("𝐀b")).toBe(true);
    expect(startsUpper("")).toBe(false);
  });

  it("tests one character: a letter, or a letter or combining mark", () => {
    expect(isOneLetter("a")).toBe(true);
    expect(isOneLetter("𝐀")).toBe(true);
    expect(isOneLetter("ab")).toBe(false);
    expect(isOneLetter("a\u0301")).toBe(false);
    expect(isLetterOrMark("\u0301")).toBe(true);
    expect(isLetterOrMark("ơ")).toBe(true);
    expect(isLetterOrMark("1")).toBe(false);
    expect(isLetterOrMark("")).toBe(false);
    expect(hasMark("a\u0301")).toBe(true);
    expect(hasMark("á")).toBe(false);
  });
});
