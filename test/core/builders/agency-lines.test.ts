import { agencyLines } from "../../../src/core/builders/agency-lines";
import { buildDraft } from "../../../src/core/builders/document";
import { HEADER_LEFT } from "../../../src/core/builders/header";
import {
  lastLineWidthTwips,
  textWidthTwips,
  wrappedWidthTwips,
} from "../../../src/core/ooxml/writer/text-width";
import { byRole, officeProfile, sampleOrgProfile, textOf } from "./helpers";

const COLUMN = HEADER_LEFT - 216;

describe("agency names broken at phrase boundaries", () => {
  it.each([
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
    "ỦY BAN NHÂN DÂN XÃ TÂN THANH",
    "BAN CHẤP HÀNH ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH TỈNH LẠNG SƠN",
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LẠNG SƠN",
  ])("%s: no line splits Tổ quốc, Nhân dân, Việt Nam or the place name", (name) => {
    const lines = agencyLines(name, 13, COLUMN);
    expect(lines.join(" ")).toBe(name);
    for (const phrase of ["TỔ QUỐC", "NHÂN DÂN", "VIỆT NAM", "LẠNG SƠN", "TÂN THANH", "HỒ CHÍ MINH"])
      if (name.includes(phrase)) expect(lines.some((l) => l.includes(phrase))).toBe(true);
  });

  it("keeps a short name on one line and the breaks a user typed", () => {
    expect(agencyLines("SỞ NỘI VỤ", 13, COLUMN)).toEqual(["SỞ NỘI VỤ"]);
    expect(agencyLines("ỦY BAN MTTQ VIỆT NAM\nTỈNH LẠNG SƠN", 13, COLUMN)).toEqual([
      "ỦY BAN MTTQ VIỆT NAM",
      "TỈNH LẠNG SƠN",
    ]);
  });

  it("prints the Front committee's board under its name, so the MTTQ header differs from the state one", () => {
    const date = { day: 5, month: 1, year: 2026 };
    const front = buildDraft({ type: "ke-hoach", org: sampleOrgProfile(), date });
    const agency = textOf(byRole(front.blocks, "agency-name")[0]);
    expect(agency.split("\n").slice(-1)).toEqual(["BAN THƯỜNG TRỰC"]);
    expect(textOf(byRole(front.blocks, "doc-number")[0])).toBe("Số: …/KH-MTTQ-BTT");
    const state = buildDraft({ type: "ke-hoach", org: officeProfile(), date });
    expect(textOf(byRole(state.blocks, "agency-name")[0])).toBe("SỞ NỘI VỤ");
  });
});

it("sizes the line under a broken name on its printed last line, not the longest", () => {
  const name = "ỦY BAN MẶT TRẬN\nTỔ QUỐC VIỆT NAM\nXÃ TÂN AN";
  // Words are measured one by one, so sums may differ from a whole-line measure by rounding.
  const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(3);
  const lines = name.split("\n").map((l) => textWidthTwips(l, 13, true));
  near(lastLineWidthTwips(name, 13, true, COLUMN), lines[2]);
  near(wrappedWidthTwips(name, 13, true, COLUMN), Math.max(...lines));
  expect(Math.max(...lines) - lines[2]).toBeGreaterThan(100);
});
