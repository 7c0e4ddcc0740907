import { defaultRunFormat } from "../../../src/core/model/create";
import type { Run } from "../../../src/core/model/types";
import {
  convertLegacy,
  detectLegacyRun,
  detectLegacyText,
  isLegacyEncodedRun,
  legacyEncodingOfFont,
} from "../../../src/core/vietnamese/legacy";

const run = (text: string, font: string | null = "Times New Roman", kind: Run["kind"] = "text"): Run => ({
  kind,
  text,
  start: 0,
  format: defaultRunFormat({ font }),
});

describe("legacy fonts", () => {
  it.each([
    [".VnTime", "tcvn3", false],
    [".VnTimeH", "tcvn3", true],
    [".VnArial", "tcvn3", false],
    [".VnArialH", "tcvn3", true],
    [".VnArial NarrowH", "tcvn3", true],
    [".VnBlack", "tcvn3", false],
    ["VNI-Times", "vni", false],
    ["VNI-Helve", "vni", false],
    ["VNI-Helve-Condense", "vni", false],
  ])("%s is %s", (font, encoding, upper) => {
    expect(legacyEncodingOfFont(font)).toEqual({ encoding, upper });
  });

  it.each(["Times New Roman", "Arial", "Cambria", "VnExpress Sans", null])("%s is not legacy", (font) => {
    expect(legacyEncodingOfFont(font)).toBeNull();
  });
});

describe("legacy characters in a Unicode font", () => {
  it.each([
    ["Uû ban nh©n d©n tØnh L¹ng S¬n", "tcvn3"],
    ["M« h×nh hãa vµ m« pháng", "tcvn3"],
    ["nh©n", "tcvn3"],
    ["vµ", "tcvn3"],
    ["Xin chaøo caùc baïn", "vni"],
    ["Tieáng Vieät raát hay", "vni"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "vni"],
  ])("%s → %s", (text, encoding) => expect(detectLegacyText(text)).toBe(encoding));

  it.each([
    "Ủy ban nhân dân tỉnh Lạng Sơn",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Hoà giải, xuân, quá, thuê, khoẻ",
    "Kích thước 3 × 4 m, bản quyền © 2024 thuộc về đơn vị phát hành tài liệu",
    "Ông Müller, chuyên gia của tổ chức GIZ, trình bày báo cáo tại hội nghị",
    "UBND tỉnh Lạng Sơn, 04/KH-UBND, 1.250.000.000 đồng",
    "Müller",
    "Ông Müller",
    "España",
    "Københavns",
    "hoà bình, toà án, loè loẹt, thuở",
  ])("%s is Unicode", (text) => expect(detectLegacyText(text)).toBeNull());
});

describe("isLegacyEncodedRun", () => {
  it("is true for text in a legacy font, even plain ASCII", () => {
    expect(isLegacyEncodedRun(run("UBND", ".VnTime"))).toBe(true);
    expect(detectLegacyRun(run("V¨n b¶n", ".VnTimeH"))).toEqual({
      encoding: "tcvn3",
      upper: true,
      by: "font",
    });
  });

  it("is true for legacy characters whose font was changed", () => {
    expect(detectLegacyRun(run("Uû ban nh©n d©n"))).toEqual({ encoding: "tcvn3", upper: false, by: "text" });
  });

  it("is false for Unicode text, empty runs and non-text runs", () => {
    expect(isLegacyEncodedRun(run("Ủy ban nhân dân"))).toBe(false);
    expect(isLegacyEncodedRun(run("   ", ".VnTime"))).toBe(false);
    expect(isLegacyEncodedRun(run("\t", ".VnTime", "tab"))).toBe(false);
  });
});

describe("convertLegacy", () => {
  it("converts to NFC Unicode, upper case for the H fonts", () => {
    const out = convertLegacy("Uû ban nh©n d©n", "tcvn3");
    expect(out).toBe("Uỷ ban nhân dân");
    expect(out).toBe(out.normalize("NFC"));
    expect(convertLegacy("uû ban nh©n d©n", "tcvn3", true)).toBe("UỶ BAN NHÂN DÂN");
    expect(convertLegacy("Xin chaøo", "vni")).toBe("Xin chào");
  });
});
