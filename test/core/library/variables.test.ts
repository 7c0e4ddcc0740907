import { emptyOrgProfile, sampleOrgProfile } from "../../../src/core/org/defaults";
import {
  agencyInSentence,
  clauseVariables,
  fillText,
  fiveYearPeriod,
  templatize,
  valuesFromOrg,
} from "../../../src/core/library/variables";
import { clause } from "./fixtures";

describe("variables", () => {
  it("fills from the organisation profile and the date", () => {
    const values = valuesFromOrg({ ...sampleOrgProfile(), commune: "Tân Thành" }, new Date(2026, 4, 10));
    expect(values).toEqual({
      ten_tinh: "Lạng Sơn",
      ten_xa: "Tân Thành",
      co_quan: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn",
      nam: "2026",
      giai_doan: "2026-2030",
    });
  });

  it("leaves out what an empty profile cannot answer", () => {
    expect(valuesFromOrg(emptyOrgProfile(), new Date(2024, 0, 1))).toEqual({
      nam: "2024",
      giai_doan: "2021-2025",
    });
  });

  it("writes an upper-case agency name as it reads in a sentence", () => {
    expect(agencyInSentence("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH", ["Tân Thành"])).toBe(
      "Ủy ban nhân dân xã Tân Thành",
    );
    expect(agencyInSentence("Ủy ban nhân dân phường Đông Kinh", [])).toBe("Ủy ban nhân dân phường Đông Kinh");
  });

  it("computes five-year periods", () => {
    expect(fiveYearPeriod(2025)).toBe("2021-2025");
    expect(fiveYearPeriod(2026)).toBe("2026-2030");
    expect(fiveYearPeriod(2030)).toBe("2026-2030");
  });

  it("fills text and keeps a missing value visible", () => {
    expect(
      fillText("Tỉnh {{ten_tinh}}, xã {{ten_xa}}, năm {{ nam }}", { ten_tinh: "Lạng Sơn", nam: "2026" }),
    ).toBe("Tỉnh Lạng Sơn, xã [ten_xa], năm 2026");
  });

  it("lists a clause's variables in order of first use", () => {
    const c = clause("a", {
      title: "Năm {{nam}}",
      content: [
        { type: "item", text: [{ text: "{{co_quan}} tỉnh {{ten_tinh}}" }, { text: "{{nam}}", bold: true }] },
      ],
    });
    expect(clauseVariables(c)).toEqual(["nam", "co_quan", "ten_tinh"]);
  });

  it("turns the profile's names back into variables, longest first", () => {
    const values = { ten_tinh: "Lạng Sơn", co_quan: "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", nam: "2026" };
    expect(
      templatize("Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn và các xã của tỉnh Lạng Sơn năm 2026", values),
    ).toBe("{{co_quan}} và các xã của tỉnh {{ten_tinh}} năm 2026");
  });
});
