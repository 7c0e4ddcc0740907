import { builtinProfiles, mergeProfile } from "../../../src/core/profiles";
import { layoutRules } from "../../../src/core/rules/registry-layout";
import type { Profile } from "../../../src/core/rules/types";

const metas = layoutRules.map((r) => r.meta);
const own = (rules: Profile["rules"]): Profile => ({ id: "org", name: "Cơ quan", extends: "nd30", rules });

describe("built-in profiles", () => {
  it("set every layout rule, as data", () => {
    for (const p of Object.values(builtinProfiles))
      for (const r of layoutRules) expect(p.rules[r.meta.id]).toBeDefined();
  });
  it("switch values: the Party profile drops the Tiêu ngữ and writes numbers without a colon", () => {
    expect(builtinProfiles.dang.rules.motto.enabled).toBe(false);
    expect(builtinProfiles.dang.rules["national-title"].options?.text).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(builtinProfiles.dang.rules["doc-number"].options?.style).toBe("dang");
    expect(builtinProfiles.mttq.rules["national-title"].options?.text).toBe(
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    );
  });
});

describe("mergeProfile", () => {
  const base = builtinProfiles.nd30;
  it("accepts tightening: a narrower range, more spacing, a higher severity", () => {
    const { profile, refused } = mergeProfile(
      base,
      own({
        "body-font-size": { enabled: true, options: { size: [14, 14] } },
        "body-spacing": { enabled: true, severity: "error", options: { minGap: 160 } },
      }),
      metas,
    );
    expect(refused).toEqual([]);
    expect(profile.rules["body-font-size"].options?.size).toEqual([14, 14]);
    expect(profile.rules["body-spacing"]).toMatchObject({
      severity: "error",
      options: { minGap: 160, line: [240, 360] },
    });
    expect(profile.extends).toBe("nd30");
  });
  it("refuses weakening a mandatory rule and keeps the built-in setting", () => {
    const { profile, refused } = mergeProfile(
      base,
      own({
        motto: { enabled: false },
        "body-font-size": { enabled: true, severity: "info", options: { size: [12, 14] } },
        "doc-number": { enabled: true, options: { allowCV: true } },
      }),
      metas,
    );
    expect(refused.map((r) => r.rule)).toEqual(["motto", "body-font-size", "body-font-size", "doc-number"]);
    expect(refused[0].reason).toMatch(/không được tắt/);
    expect(profile.rules.motto.enabled).toBe(true);
    expect(profile.rules["body-font-size"]).toMatchObject({ options: { size: [13, 14] } });
    expect(profile.rules["body-font-size"].severity).toBeUndefined();
    expect(profile.rules["doc-number"].options?.allowCV).toBe(false);
  });
  it("lets a profile switch off a rule that is not mandatory", () => {
    const { profile, refused } = mergeProfile(base, own({ "text-abbreviation": { enabled: false } }), [
      ...metas,
      { ...metas[0], id: "text-abbreviation", normativity: "guidance" },
    ]);
    expect(refused).toEqual([]);
    expect(profile.rules["text-abbreviation"].enabled).toBe(false);
  });
});

describe("mttq", () => {
  it("has its own copy of the nd30 values", () => {
    expect(builtinProfiles.mttq.rules).toEqual(builtinProfiles.nd30.rules);
    expect(builtinProfiles.mttq.rules).not.toBe(builtinProfiles.nd30.rules);
  });
});
