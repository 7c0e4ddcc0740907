import { emptyOrgProfile } from "../../../src/core/org/defaults";
import { inSpans, nameSpans } from "../../../src/core/rules/protected-names";
import { collectToneStyles, textToneStyle } from "../../../src/core/rules/text-tone-style";
import { toneStyleOf, WORD } from "../../../src/core/vietnamese/tone";
import { seededTexts } from "../../helpers/seeded-texts";
import { check, fixed, textContext } from "./text-context";

const MIXED = [
  "Ủy ban nhân dân tỉnh và Ủy ban MTTQ tỉnh phối hợp xây dựng đời sống văn hóa.",
  "Ban Thường trực Uỷ ban MTTQ tỉnh đề nghị các đơn vị triển khai.",
];

describe("text-tone-style", () => {
  it("reports the minority style with both counts and converts to the majority", () => {
    const findings = check(textToneStyle, MIXED);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.paragraph).toBe(1);
    expect(f.message).toBe(
      "Dấu thanh đặt kiểu mới ở “Uỷ” trong khi văn bản dùng chủ yếu kiểu cũ (kiểu cũ: 3 chỗ, kiểu mới: 1 chỗ); viết “Ủy” cho thống nhất.",
    );
    expect(f.fix!.edits).toEqual([
      { kind: "replaceText", paragraph: 1, expectedText: MIXED[1], start: 16, end: 18, replacement: "Ủy" },
    ]);
    expect(fixed(MIXED, f)[1]).toBe("Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các đơn vị triển khai.");
  });

  it("converts to the style the user picks", () => {
    const findings = check(textToneStyle, MIXED, { options: { style: "new" } });
    expect(findings.map((f) => f.fix!.edits[0])).toEqual([
      expect.objectContaining({ replacement: "Uỷ", paragraph: 0 }),
      expect.objectContaining({ replacement: "Uỷ", paragraph: 0 }),
      expect.objectContaining({ replacement: "hoá", paragraph: 0 }),
    ]);
    expect(findings.map((f) => MIXED[0].slice(f.span!.start, f.span!.end))).toEqual(["Ủy", "Ủy", "hóa"]);
    expect(findings[0].message).toContain("kiểu đã chọn là kiểu mới");
  });

  it("stays quiet on a document in one style", () => {
    expect(check(textToneStyle, ["Ủy ban hòa giải", "thủy lợi, sức khỏe"])).toEqual([]);
    expect(check(textToneStyle, ["Uỷ ban hoà giải", "thuỷ lợi, sức khoẻ"])).toEqual([]);
  });

  it("does not count qu-/gi- words or closed syllables", () => {
    expect(check(textToneStyle, ["quý báu, giữa, hoàn thành, con thuyền, Uỷ ban"])).toEqual([]);
  });

  it("leaves the Quốc hiệu and the Tiêu ngữ paragraphs as written", () => {
    const doc = [
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Ủy ban hòa giải cơ sở",
    ];
    expect(check(textToneStyle, doc, { analysis: { header: header(0, 1) } })).toEqual([]);
    expect(check(textToneStyle, doc).map((f) => f.paragraph)).toEqual([0]);
  });

  it("keeps the state's name in its exact spelling wherever it is written", () => {
    const doc = ["Luật của nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Uỷ ban hoà giải cơ sở"];
    expect(check(textToneStyle, doc)).toEqual([]);
  });

  it("leaves the organisation's names as written", () => {
    const org = { ...emptyOrgProfile(), names: ["Trường THPT Hoà Bình"] };
    expect(check(textToneStyle, ["Ủy ban và Trường THPT Hoà Bình phối hợp"], { org })).toEqual([]);
    expect(check(textToneStyle, ["Ủy ban và Trường THPT Hoà Bình phối hợp"])).toHaveLength(1);
  });
});

function header(nationalTitle: number, motto: number) {
  return {
    parentAgency: [],
    agencyName: [],
    nationalTitle,
    motto,
    docNumber: null,
    placeDate: null,
    docTitle: null,
    docSummary: [],
    vvSummary: [],
    recipientTo: [],
    legalBasis: [],
  };
}

describe("text-tone-style's words", () => {
  // The rule as first written: every run of letters and marks of each paragraph, judged one by one.
  const reference = (texts: string[]) =>
    texts.flatMap((text, paragraph) =>
      Array.from(text.matchAll(WORD), (m) => ({
        paragraph,
        start: m.index,
        word: m[0],
        style: toneStyleOf(m[0]),
      })).filter((o) => o.style !== null),
    );

  it("are the reference's on seeded texts: digits inside words, combining marks, astral letters, names", () => {
    const pieces = [
      "hòa",
      "hoà",
      "Ủy",
      "Uỷ",
      "thuỷ",
      "khỏe",
      "2017",
      "x",
      " ",
      ", ",
      "ho\u0300a",
      "u\u0309y",
      "𝔸",
      "Cộng hòa xã hội chủ nghĩa Việt Nam",
      "-",
      "Ü",
    ];
    const texts = seededTexts(31, pieces, 1000, 10).filter((t) => t.trim() !== "");
    const found = collectToneStyles(textContext({ paragraphs: texts })).map((o) => ({
      paragraph: o.tp.paragraph.index,
      start: o.start,
      word: o.word,
      style: o.style,
    }));
    // The state's name is left as written wherever it stands.
    const named = (o: { paragraph: number; start: number; word: string }) =>
      inSpans(
        nameSpans(texts[o.paragraph], ["cộng hòa xã hội chủ nghĩa việt nam"]),
        o.start,
        o.start + o.word.length,
      );
    const expected = reference(texts).filter((o) => !named(o));
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(300);
  });
});
