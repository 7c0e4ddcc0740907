import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clausesToBlocks } from "../../../src/core/library/blocks";
import {
  compareVersions,
  freshClauseId,
  mergeLayers,
  newLayer,
  ownChanges,
  putOwnClause,
  rebaseLayer,
  removeOwnClause,
} from "../../../src/core/library/layers";
import { loadLibrary } from "../../../src/core/library/validate";
import { serializeLibrary } from "../../../src/core/library/serialize";
import { valuesFromOrg } from "../../../src/core/library/variables";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { clause } from "./fixtures";

const province = loadLibrary(
  readFileSync(join(__dirname, "../../../assets/libraries/lang-son-thi-dua-khen-thuong.json"), "utf8"),
);
const day = new Date(2026, 2, 1);

describe("layers on the Lạng Sơn library", () => {
  const overridden = {
    ...province.clauses[1],
    content: [{ type: "item" as const, text: "Mục đích riêng của xã {{ten_xa}}." }],
  };
  const added = clause("rieng-phong-trao-xa", { title: "Phong trào riêng của xã", section: "II. NỘI DUNG" });
  let layer = newLayer({ level: "xa", organisation: "Ủy ban MTTQ Việt Nam xã Tân Thành" }, province, day);
  layer = putOwnClause(layer, overridden, day);
  layer = putOwnClause(layer, added, day);

  it("overrides one clause in place and adds one at the end", () => {
    const merged = mergeLayers(province, layer);
    expect(merged).toHaveLength(province.clauses.length + 1);
    expect(merged[1]).toMatchObject({
      origin: "override",
      clause: overridden,
      baseClause: province.clauses[1],
    });
    expect(merged[0].origin).toBe("base");
    expect(merged[merged.length - 1]).toMatchObject({ origin: "own", clause: added });
    expect(layer.base).toEqual({ id: province.id, version: province.version });
    expect(layer.version).toBe("3");
  });

  it("lists which clauses the user changed", () => {
    expect(ownChanges(province, layer).map((m) => [m.clause.id, m.origin])).toEqual([
      [overridden.id, "override"],
      [added.id, "own"],
    ]);
  });

  it("inserts the overriding clause with its variables filled", () => {
    const [chosen] = mergeLayers(province, layer).filter((m) => m.clause.id === overridden.id);
    const blocks = clausesToBlocks(
      [chosen.clause],
      valuesFromOrg({ ...sampleOrgProfile(), commune: "Tân Thành" }, day),
    );
    expect(blocks[0].runs.map((r) => r.text).join("")).toBe("- Mục đích riêng của xã Tân Thành.");
  });

  it("brings the base clause back when the override is deleted", () => {
    const reverted = removeOwnClause(layer, overridden.id, day);
    expect(mergeLayers(province, reverted)[1]).toEqual({ clause: province.clauses[1], origin: "base" });
  });

  it("round-trips through export and import", () => {
    expect(loadLibrary(serializeLibrary(layer))).toEqual(layer);
  });

  it("re-points at a new base version", () => {
    expect(rebaseLayer(layer, { ...province, version: "1.1" }).base).toEqual({
      id: province.id,
      version: "1.1",
    });
  });

  it("makes fresh ids from titles", () => {
    expect(freshClauseId("Mục đích chung!", ["rieng-muc-dich-chung"])).toBe("rieng-muc-dich-chung-2");
    expect(freshClauseId("???", [])).toBe("rieng-dieu-khoan");
  });

  it("compares versions part by part", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("2", "2.0")).toBe(0);
  });
});
