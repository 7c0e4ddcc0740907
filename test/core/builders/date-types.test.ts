import { dateLine, parseIsoDate } from "../../../src/core/builders/date-line";
import { PHU_LUC_III, typeAbbreviation, typeTitle } from "../../../src/core/builders/doc-types";
import { draftFormat } from "../../../src/core/builders/draft-format";
import { numberText, symbolText } from "../../../src/core/builders/header";
import { officeProfile } from "./helpers";

describe("date line", () => {
  it.each([
    [{ day: 5, month: 1, year: 2020 }, "Hà Nội, ngày 05 tháng 01 năm 2020"],
    [{ day: 29, month: 6, year: 2019 }, "Hà Nội, ngày 29 tháng 6 năm 2019"],
    [{ day: 10, month: 2, year: 2017 }, "Hà Nội, ngày 10 tháng 02 năm 2017"],
    [{ day: 1, month: 3, year: 2026 }, "Hà Nội, ngày 01 tháng 3 năm 2026"],
    [{ day: 9, month: 12, year: 2026 }, "Hà Nội, ngày 09 tháng 12 năm 2026"],
  ])("writes %j with the leading-zero rule", (date, text) => {
    expect(dateLine("Hà Nội", date)).toBe(text);
  });

  it("parses real ISO dates only", () => {
    expect(parseIsoDate("2026-02-28")).toEqual({ day: 28, month: 2, year: 2026 });
    expect(parseIsoDate("2026-02-30")).toBeNull();
    expect(parseIsoDate("05/01/2026")).toBeNull();
  });
});

describe("type abbreviations (Phụ lục III)", () => {
  it("holds the 27 codes of the table", () => {
    expect(Object.keys(PHU_LUC_III)).toHaveLength(27);
    expect(PHU_LUC_III["Quy định"]).toBe("QyĐ");
  });

  it.each([
    ["ke-hoach", "KH"],
    ["bao-cao", "BC"],
    ["quyet-dinh", "QĐ"],
    ["to-trinh", "TTr"],
    ["thong-bao", "TB"],
    ["giay-moi", "GM"],
  ] as const)("%s → %s", (type, abbr) => expect(typeAbbreviation(type)).toBe(abbr));

  it("gives công văn no abbreviation and no title", () => {
    expect(typeAbbreviation("cong-van")).toBeNull();
    expect(typeTitle("cong-van")).toBeNull();
    expect(typeTitle("to-trinh")).toBe("TỜ TRÌNH");
  });
});

describe("số, ký hiệu", () => {
  const org = officeProfile();
  it("joins type and body for named types, body and unit for công văn", () => {
    expect(symbolText("ke-hoach", org)).toBe("KH-SNV");
    expect(symbolText("cong-van", org)).toBe("SNV-VP");
    expect(numberText("ke-hoach", org, draftFormat("nd30"))).toBe("Số: …/KH-SNV");
    expect(numberText("cong-van", org, draftFormat("nd30"), "05")).toBe("Số: 05/SNV-VP");
  });

  it("writes the Party form without a colon", () => {
    expect(numberText("ke-hoach", { ...org, agencyAbbr: "TU" }, draftFormat("dang"), "12")).toBe(
      "Số 12-KH/TU",
    );
  });
});
