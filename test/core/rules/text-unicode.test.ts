import { textUnicode } from "../../../src/core/rules/text-unicode";
import { check, fixed } from "./text-context";

describe("text-unicode", () => {
  it("normalises a decomposed word to NFC, replacing only that word", () => {
    const nfd = "Việt".normalize("NFD");
    const text = `Mặt trận Tổ quốc ${nfd} Nam`;
    const [f, ...rest] = check(textUnicode, [text]);
    expect(rest).toEqual([]);
    expect(f.message).toContain("“Việt” được gõ ở dạng tổ hợp");
    expect(f.fix!.edits).toEqual([
      {
        kind: "replaceText",
        paragraph: 0,
        expectedText: text,
        start: 17,
        end: 17 + nfd.length,
        replacement: "Việt",
      },
    ]);
  });

  it.each([
    ["Kế\u200Bhoạch", "\u200B", "", "Có ký tự ẩn không độ rộng (U+200B) ở “Kế\u200Bhoạch”"],
    ["Kế hoạch\u0007 năm", "\u0007", "", "Có ký tự điều khiển (U+0007)"],
    ["nông thôn\u00A0mới", "\u00A0", " ", "Dấu cách không ngắt (U+00A0) nằm giữa hai chữ ở “thôn\u00A0mới”"],
  ])("%j", (text, found, replacement, message) => {
    const [f] = check(textUnicode, [text]);
    expect(f.message).toContain(message);
    expect(f.fix!.edits[0]).toMatchObject({ expectedText: text, replacement });
    expect(text.slice(f.span!.start, f.span!.end)).toBe(found);
    expect(check(textUnicode, fixed([text], f))).toEqual([]);
  });

  it.each(["Cộng hòa xã hội chủ nghĩa Việt Nam", "Tăng 50\u00A0%", "Cột\tcột"])("accepts %j", (text) =>
    expect(check(textUnicode, [text])).toEqual([]),
  );
});
