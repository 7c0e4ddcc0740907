import { laws } from "../../../src/core/laws/dataset";
import { basisLine, currentLaws, idKey, replacementsAt } from "../../../src/core/laws/laws";

/** A page, not a site: https, a host and a path (docs/data/laws.md says what each kind of page is). */
const specificPage = (url: string) => /^https:\/\/[^/\s]+\/\S+$/.test(url);

const real = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

describe("laws data", () => {
  it("holds at least 150 documents, each complete and consistent", () => {
    expect(laws.entries.length).toBeGreaterThanOrEqual(150);
    for (const e of laws.entries) {
      const where = e.id;
      expect([where, real(e.date), real(e.effective)]).toEqual([where, true, true]);
      expect([where, e.effective >= e.date]).toEqual([where, true]);
      expect([where, e.title.startsWith(e.kind === "Điều lệ" ? "Điều lệ" : e.kind)]).toEqual([where, true]);
      expect([where, specificPage(e.source), e.issuer.length > 0]).toEqual([where, true, true]);
      if (e.effectiveSource !== undefined)
        expect([where, specificPage(e.effectiveSource), e.effectiveSource !== e.source]).toEqual([
          where,
          true,
          true,
        ]);
      if (e.number) expect(laws.byId.get(idKey(e.number))).toBe(e);
    }
  });

  it("keeps replacement chains consistent: successors exist, are later, and start the day the entry ends", () => {
    for (const e of laws.entries) {
      if (!e.replacedBy) {
        expect([e.id, e.replacedFrom]).toEqual([e.id, undefined]);
        continue;
      }
      const next = e.replacedBy.map((id) => laws.byId.get(idKey(id)));
      expect([e.id, next.every(Boolean)]).toEqual([e.id, true]);
      expect([e.id, !!e.replacedFrom && real(e.replacedFrom) && e.replacedFrom > e.effective]).toEqual([
        e.id,
        true,
      ]);
      for (const n of next)
        expect([e.id, n!.date >= e.date, n!.effective <= e.replacedFrom!]).toEqual([e.id, true, true]);
      expect([e.id, next.some((n) => n!.effective === e.replacedFrom)]).toEqual([e.id, true]);
    }
  });

  it("covers the topics căn cứ lines cite", () => {
    const titles = laws.entries.map((e) => e.title);
    for (const t of [
      "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
      "Luật Tổ chức chính quyền địa phương",
      "Luật Cán bộ, công chức",
      "Luật Ngân sách nhà nước",
      "Luật Đầu tư công",
      "Luật Thi đua, khen thưởng",
      "Luật Ban hành văn bản quy phạm pháp luật",
      "Luật Quy hoạch",
      "Luật Đất đai",
      "Điều lệ Đảng Cộng sản Việt Nam",
      "Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng",
    ])
      expect(titles).toContain(t);
  });

  it("knows that Luật 06/2022/QH15 replaced Luật Thi đua, khen thưởng 2003 from 01/01/2024", () => {
    const old = laws.byId.get(idKey("15/2003/QH11"))!;
    expect(old).toMatchObject({ replacedBy: ["06/2022/QH15"], replacedFrom: "2024-01-01" });
    expect(replacementsAt(laws, old, "2025-03-10")).toEqual([laws.byId.get(idKey("06/2022/QH15"))]);
  });

  it("knows that Luật 72/2025/QH15 came into force the day it was adopted, 16/6/2025", () => {
    const old = laws.byId.get(idKey("65/2025/QH15"))!;
    expect(old).toMatchObject({ replacedBy: ["72/2025/QH15"], replacedFrom: "2025-06-16" });
    expect(currentLaws(laws, "2025-06-20", "chính quyền địa phương").map((e) => e.id)).toEqual([
      "72/2025/QH15",
    ]);
  });

  it("lists the documents in force on a date and topic, laws before decrees", () => {
    const in2025 = currentLaws(laws, "2025-03-10", "thi đua").map((e) => e.id);
    expect(in2025).toEqual(["06/2022/QH15"]);
    const in2020 = currentLaws(laws, "2020-03-10", "thi dua").map((e) => e.id);
    expect(in2020).toEqual(["15/2003/QH11", "47/2005/QH11"]);
    expect(currentLaws(laws, "2026-01-15", "chính quyền địa phương").map((e) => e.id)).toEqual([
      "72/2025/QH15",
    ]);
  });

  it("writes căn cứ lines as NĐ 30 asks", () => {
    expect(basisLine(laws.byId.get(idKey("06/2022/QH15"))!)).toBe(
      "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    );
    expect(basisLine(laws.byId.get(idKey("30/2020/NĐ-CP"))!)).toBe(
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
    );
    expect(basisLine(laws.byId.get(idKey("Hiến pháp 2013"))!)).toBe(
      "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
    );
  });
});
