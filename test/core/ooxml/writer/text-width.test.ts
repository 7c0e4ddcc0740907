import { textWidthTwips, wrappedWidthTwips } from "../../../../src/core/ooxml/writer/text-width";

describe("text width", () => {
  it("measures Vietnamese letters by their base letter and bold wider than regular", () => {
    expect(textWidthTwips("Độc", 14, true)).toBe(textWidthTwips("Doc", 14, true));
    expect(textWidthTwips("Hạnh phúc", 14, true)).toBeGreaterThan(textWidthTwips("Hạnh phúc", 14, false));
  });

  it("puts the Quốc hiệu at 13 pt bold near its printed width (about 9.5 cm)", () => {
    const cm = textWidthTwips("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true) / 567;
    expect(cm).toBeGreaterThan(8.5);
    expect(cm).toBeLessThan(10.5);
  });

  it("returns the longest wrapped line", () => {
    const text = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN";
    const full = textWidthTwips(text, 13, true);
    const wrapped = wrappedWidthTwips(text, 13, true, 3685);
    expect(wrapped).toBeLessThanOrEqual(3685);
    expect(wrapped).toBeLessThan(full);
  });

  it("ends a line at a typed line break", () => {
    const a = "ỦY BAN MẶT TRẬN TỔ QUỐC";
    const b = "VIỆT NAM TỈNH LẠNG SƠN";
    const longest = Math.max(textWidthTwips(a, 13, true), textWidthTwips(b, 13, true));
    // Words are measured one by one, so rounding may differ by a twip or two.
    expect(Math.abs(wrappedWidthTwips(`${a}\n${b}`, 13, true, 5000) - longest)).toBeLessThanOrEqual(3);
    expect(wrappedWidthTwips(`${a} ${b}`, 13, true, 9000)).toBeGreaterThan(longest + 1000);
  });
});
