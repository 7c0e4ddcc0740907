import { cleanUnicode, findUnicodeIssues, isNfc } from "../../../src/core/vietnamese/unicode";

describe("findUnicodeIssues", () => {
  it("finds a decomposed word and gives its NFC form", () => {
    const text = `Ủy ban ${"Việt".normalize("NFD")} Nam`;
    expect(isNfc(text)).toBe(false);
    const [issue] = findUnicodeIssues(text);
    expect(issue).toMatchObject({ kind: "not-nfc", start: 7, replacement: "Việt" });
    expect(text.slice(issue.start, issue.end)).toBe("Việt".normalize("NFD"));
  });

  it.each([
    ["zero-width space", "Kế\u200Bhoạch", "invisible", ""],
    ["byte-order mark", "\uFEFFKế hoạch", "invisible", ""],
    ["control character", "Kế hoạch\u0007", "control", ""],
    ["non-breaking space between letters", "nông thôn\u00A0mới", "nbsp", " "],
  ])("finds a %s", (_name, text, kind, replacement) => {
    expect(findUnicodeIssues(text)).toEqual([expect.objectContaining({ kind, replacement })]);
  });

  it.each([
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Tăng 50\u00A0%, ngày 18/11/2020", // a no-break space before % is not between letters
    "Cột 1\tCột 2\nDòng mới",
    "Từ khóa\u00ADtự động", // soft hyphen: a Word feature
  ])("accepts %s", (text) => expect(findUnicodeIssues(text)).toEqual([]));

  it("cleans everything at once", () => {
    expect(cleanUnicode(`${"Việt".normalize("NFD")}\u200B Nam\u00A0mới\u0007`)).toBe("Việt Nam mới");
  });
});
