import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildIndex, search, searchForm, sectionsOf } from "../../../src/core/library/search";
import { loadLibrary } from "../../../src/core/library/validate";
import type { Clause } from "../../../src/core/library/types";
import { clause } from "./fixtures";

const titles = (hits: { clause: Clause }[]): string[] => hits.map((h) => h.clause.title);

describe("search", () => {
  const clauses = [
    clause("a", { title: "Công tác tuyên truyền", tags: ["thi đua"], section: "II. NỘI DUNG" }),
    clause("b", { title: "Thi đua - Khen thưởng", documentTypes: ["bao-cao"] }),
    clause("c", {
      title: "Tổ chức thực hiện",
      content: [{ type: "paragraph", text: "Báo cáo kết quả thi đua, khen thưởng hằng năm." }],
      section: "III. TỔ CHỨC THỰC HIỆN",
    }),
    clause("d", { title: "Kỷ niệm ngày thành lập" }),
  ];
  const index = buildIndex(clauses, (c) => c);

  it("finds clauses without diacritics or case, title matches first", () => {
    expect(titles(search(index, "thi dua khen thuong"))).toEqual([
      "Thi đua - Khen thưởng",
      "Tổ chức thực hiện",
    ]);
    expect(titles(search(index, "THI ĐUA"))[0]).toBe("Thi đua - Khen thưởng");
  });

  it("ranks a tag above body text and matches prefixes as the user types", () => {
    expect(titles(search(index, "thi du"))).toEqual([
      "Thi đua - Khen thưởng",
      "Công tác tuyên truyền",
      "Tổ chức thực hiện",
    ]);
    expect(titles(search(index, "ky niem"))).toEqual(["Kỷ niệm ngày thành lập"]);
  });

  it("needs every word to match", () => {
    expect(search(index, "thi dua ky niem")).toEqual([]);
  });

  it("filters by section and document type; an empty query lists all in order", () => {
    expect(titles(search(index, "", { section: "III. TỔ CHỨC THỰC HIỆN" }))).toEqual(["Tổ chức thực hiện"]);
    expect(titles(search(index, "thi dua", { documentType: "bao-cao" }))).toEqual(["Thi đua - Khen thưởng"]);
    expect(search(index, "  ").map((h) => h.clause.id)).toEqual(["a", "b", "c", "d"]);
    expect(sectionsOf(clauses)).toEqual(["II. NỘI DUNG", "I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN"]);
  });

  it("folds punctuation away", () => {
    expect(searchForm("Thi đua - Khen thưởng (2026)")).toBe("thi dua khen thuong 2026");
  });

  it("searches the shipped Lạng Sơn library", () => {
    const lib = loadLibrary(
      readFileSync(join(__dirname, "../../../assets/libraries/lang-son-thi-dua-khen-thuong.json"), "utf8"),
    );
    const hits = search(
      buildIndex(lib.clauses, (c) => c),
      "dien hinh tien tien",
    );
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0].clause.title).toBe("Công tác tuyên truyền, nhân rộng điển hình tiên tiến");
  });
});

describe("search while typing", () => {
  it("gives the same results as a fresh search when typing on, deleting back and changing filters", () => {
    const lib = loadLibrary(
      readFileSync(join(__dirname, "../../../assets/libraries/lang-son-thi-dua-khen-thuong.json"), "utf8"),
    );
    const shared = buildIndex(lib.clauses, (c) => c);
    const fresh = (q: string, f = {}) =>
      search(
        buildIndex(lib.clauses, (c) => c),
        q,
        f,
      ).map((h) => [h.clause.id, h.score]);
    const steps: [string, object][] = [];
    for (const q of ["thi dua khen thuong", "dien hinh"]) {
      for (let k = 1; k <= q.length; k++) steps.push([q.slice(0, k), {}]);
      for (let k = q.length - 1; k >= 0; k--) steps.push([q.slice(0, k), { section: "II. NỘI DUNG" }]);
    }
    steps.push(["khen thuong", {}], ["khen thuong cho co so", {}], ["khen", {}]);
    for (const [q, f] of steps)
      expect([q, search(shared, q, f).map((h) => [h.clause.id, h.score])]).toEqual([q, fresh(q, f)]);
  });
});
