import { spellingData } from "../../../src/core/data/spelling";
import { decodeTelex, decodeVni } from "../../../src/core/vietnamese/keystrokes";
import { isSyllable, likelySyllable, syllableOf } from "../../../src/core/vietnamese/lexicon";
import { isFault, parseSyllable } from "../../../src/core/vietnamese/syllable";

const { lexicon } = spellingData;

describe("parseSyllable", () => {
  it.each([
    ["người", "ng", "ươi", "huyền"],
    ["nghiêng", "ngh", "iêng", ""],
    ["quốc", "qu", "uôc", "sắc"],
    ["quyết", "qu", "uyêt", "sắc"],
    ["gì", "g", "i", "huyền"],
    ["giếng", "gi", "iêng", "sắc"],
    ["gìn", "g", "in", "huyền"],
    ["yêu", "", "yêu", ""],
    ["khuya", "kh", "uya", ""],
    ["thuở", "th", "uơ", "hỏi"],
    ["xoong", "x", "oong", ""],
    ["kỳ", "k", "y", "huyền"],
    ["hoà", "h", "oa", "huyền"],
    ["hòa", "h", "oa", "huyền"],
  ])("%s = %s + %s + %s", (word, onset, rime, tone) => {
    expect(parseSyllable(word)).toEqual({ onset, rime, tone });
  });

  it.each([
    ["thựx", "phụ âm cuối “x” không có trong tiếng Việt"],
    ["khôngg", "phụ âm cuối “ngg” không có trong tiếng Việt"],
    ["ngừoi", "vần “ưoi” không có trong tiếng Việt"],
    ["thàt", "âm tiết tận cùng bằng “t” chỉ mang dấu sắc hoặc dấu nặng"],
    ["cách", "ok"],
    ["bạch", "ok"],
    ["ghà", "“gh” chỉ đứng trước i, e, ê, y"],
    ["kà", "“k” chỉ đứng trước i, e, ê, y"],
    ["ngê", "trước i, e, ê phải viết “ngh” chứ không viết “ng”"],
    ["cem", "trước i, e, ê phải viết “k” chứ không viết “c”"],
    ["qan", "chữ “q” chỉ đứng trước “u”"],
    ["tiêu", "ok"],
    ["iêu", "vần “iêu” không có phụ âm đầu phải viết “yêu”"],
    ["fax", "có chữ cái không dùng trong tiếng Việt (f, j, w, z)"],
    ["hóả", "có hai dấu thanh"],
  ])("%s: %s", (word, reason) => {
    const parsed = parseSyllable(word);
    if (reason === "ok") expect(isFault(parsed)).toBe(false);
    else expect(parsed).toEqual({ ok: false, reason });
  });
});

describe("lexicon", () => {
  it("holds the syllables of @cspell/dict-vi-vn and accepts both tone styles and i/y", () => {
    expect(lexicon.syllables.size).toBeGreaterThan(6000);
    for (const w of ["người", "nghiêng", "hoà", "hòa", "thuỷ", "thủy", "uỷ", "ủy", "quý", "quí", "lý", "lí"])
      expect(isSyllable(lexicon, w)).toBe(true);
    for (const w of ["ngừoi", "tòan", "khôngg", "thựx"]) expect(isSyllable(lexicon, w)).toBe(false);
  });

  it.each([
    ["ngừoi", "người"],
    ["tòan", "toàn"],
    ["khôngg", "không"],
    ["nhưgn", "nhưng"],
    ["thựx", null],
  ])("likelySyllable(%s) = %s", (word, meant) => expect(likelySyllable(lexicon, word)).toBe(meant));
});

describe("keystrokes", () => {
  it.each([
    ["vieetj", "việt"],
    ["ddaay", "đây"],
    ["thuowngf", "thường"],
    ["nhaf", "nhà"],
    ["tuwf", "từ"],
    ["ddieeuf", "điều"],
  ])("Telex %s = %s", (word, meant) => {
    const keys = decodeTelex(word);
    expect(keys && syllableOf(lexicon, keys)).toBe(meant);
  });

  it.each(["host", "days", "own", "now", "for", "box", "the", "trong", "sinh", "internet"])(
    "English or plain %s is not Telex",
    (word) => {
      const keys = decodeTelex(word);
      expect(keys && syllableOf(lexicon, keys)).toBeFalsy();
    },
  );

  it.each([
    ["tie61ng", "tiếng"],
    ["vie65t", "việt"],
    ["d9a6y", "đây"],
    ["ngu7o7i2", "người"],
  ])("VNI %s = %s", (word, meant) => {
    const keys = decodeVni(word);
    expect(keys && syllableOf(lexicon, keys)).toBe(meant);
  });

  it.each(["covid19", "h5n1", "mp3", "qh15", "a1", "sha256"])("code %s is not VNI", (word) => {
    const keys = decodeVni(word);
    expect(keys && syllableOf(lexicon, keys)).toBeFalsy();
  });
});
