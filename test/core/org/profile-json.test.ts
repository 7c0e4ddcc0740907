import { VanThuError } from "../../../src/core/errors";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { orgProfileJson, parseOrgProfile } from "../../../src/core/org/profile-json";

describe("organisation profile JSON", () => {
  it("round-trips an exported profile", () => {
    const org = sampleOrgProfile();
    expect(parseOrgProfile(orgProfileJson(org))).toEqual(org);
  });

  it("fills missing fields and normalises text to NFC", () => {
    const org = parseOrgProfile(JSON.stringify({ agencyName: "ỦY BAN NHÂN DÂN".normalize("NFD") }));
    expect(org.agencyName).toBe("ỦY BAN NHÂN DÂN");
    expect(org.profile).toBe("nd30");
    expect(org.recipients).toEqual([]);
  });

  it.each([
    ["not json", /không phải JSON/],
    ["[1,2]", /đối tượng JSON/],
    [JSON.stringify({ profile: "abc" }), /nd30, dang hoặc mttq/],
    [JSON.stringify({ signer: { authority: "XYZ" } }), /Quyền hạn ký/],
  ])("refuses %s with a Vietnamese sentence", (text, message) => {
    expect(() => parseOrgProfile(text)).toThrow(VanThuError);
    expect(() => parseOrgProfile(text)).toThrow(message);
  });
});
