import { analyze } from "../../../src/core/analysis/analyze";
import { createModel } from "../../../src/core/model/create";
import {
  applyFixes,
  check,
  confirmationReasons,
  needsConfirmation,
  resolveProfile,
} from "../../../src/core/rules/engine";
import { MemoryHost } from "../../../src/host/memory";
import { layoutRules } from "../../../src/core/rules/registry-layout";
import type { Rule } from "../../../src/core/rules/types";
import { plan, withText } from "../fixtures/documents";

const registry = layoutRules;

describe("check", () => {
  it("finds nothing in a well-formed plan", () => {
    expect(check(createModel(plan()), { registry }).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });

  it("fills rule, severity and fixable, sorted by paragraph, one finding per occurrence", () => {
    const model = createModel(
      plan({ date: withText("date", "Lạng Sơn, ngày 5 tháng 08 năm 2024"), p1: { run: { size: 12 } } }),
    );
    const found = check(model, { registry });
    expect(found.map((f) => [f.rule, f.severity, f.fixable])).toEqual([
      ["place-date", "error", true],
      ["place-date", "error", true],
      ["body-font-size", "error", true],
    ]);
    const paragraphs = found.map((f) => f.paragraph as number);
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
    expect(found[0].excerpt).toContain("ngày 5");
  });

  it("marks suggest-only findings as not fixable", () => {
    const found = check(createModel(plan({ auth: withText("auth", "T/M ỦY BAN NHÂN DÂN") })), { registry });
    expect(found.map((f) => [f.rule, f.fixable])).toEqual([["signature", false]]);
  });

  it("reports a rule that throws as an internal finding and keeps checking", () => {
    const broken: Rule = {
      meta: { ...registry[0].meta, id: "broken", title: "Hỏng" },
      check: () => {
        throw new Error("boom");
      },
    };
    const found = check(createModel(plan({ p1: { run: { size: 12 } } })), {
      registry: [broken, ...registry],
    });
    expect(found[0]).toMatchObject({ rule: "broken", paragraph: null, fixable: false });
    expect(found[0].message).toContain("boom");
    expect(found.some((f) => f.rule === "body-font-size")).toBe(true);
  });

  it("keeps every field a rule reports and overrides its severity only by its own", () => {
    const fix = {
      description: "Sửa",
      edits: [
        { kind: "replaceText" as const, paragraph: 0, expectedText: "a", start: 0, end: 1, replacement: "b" },
      ],
    };
    const full = {
      message: "m",
      paragraph: 0,
      excerpt: "e",
      span: { start: 0, end: 1 },
      paragraphId: 7,
      section: 0,
      fix,
      severity: "info" as const,
    };
    const reporting: Rule = {
      meta: { ...registry[0].meta, id: "reporting", title: "Báo", severity: "error" },
      check: () => [full, { message: "n", paragraph: null, excerpt: "" }],
    };
    const found = check(createModel(plan()), { registry: [reporting] });
    expect(found).toEqual([
      { message: "n", paragraph: null, excerpt: "", rule: "reporting", severity: "error", fixable: false },
      { ...full, rule: "reporting", fixable: true },
    ]);
  });

  it("runs only the listed rules and honours a profile's switches", () => {
    const model = createModel(plan({ motto: null, p1: { run: { size: 12 } } }));
    expect(check(model, { registry, rules: ["body-font-size"] }).map((f) => f.rule)).toEqual([
      "body-font-size",
    ]);
    expect(check(model, { registry, profile: "dang" }).some((f) => f.rule === "motto")).toBe(false);
    expect(check(model, { registry, profile: "nd30" }).some((f) => f.rule === "motto")).toBe(true);
  });

  it("refuses an unknown profile id with a Vietnamese sentence", () => {
    expect(() => check(createModel(plan()), { profile: "xyz" as never })).toThrow(/Không có hồ sơ/);
  });

  it("uses the organisation's own profile, refusing to weaken a mandatory rule", () => {
    const own = {
      id: "so-noi-vu",
      name: "Sở Nội vụ",
      extends: "nd30" as const,
      rules: {
        "body-font-size": { enabled: true, options: { size: [14, 14] } },
        "place-date": { enabled: false },
      },
    };
    const { profile, refused } = resolveProfile(own, undefined, registry);
    expect(profile.rules["body-font-size"].options?.size).toEqual([14, 14]);
    expect(profile.rules["place-date"].enabled).toBe(true);
    expect(refused.map((r) => r.rule)).toEqual(["place-date"]);
    const model = createModel(
      plan({ p1: { run: { size: 13 } }, date: withText("date", "Lạng Sơn, ngày 5 tháng 3 năm 2024") }),
    );
    const rules = check(model, { registry, profile: own }).map((f) => f.rule);
    expect(rules).toContain("place-date");
    expect(rules).toContain("body-font-size");
  });
});

describe("needsConfirmation", () => {
  it("asks before changing signed, protected or tracked documents", () => {
    expect(needsConfirmation(createModel(plan()))).toBe(false);
    const signed = createModel({ ...plan(), meta: { signed: true, trackChanges: true } });
    expect(needsConfirmation(signed)).toBe(true);
    expect(confirmationReasons(signed)).toHaveLength(2);
  });
});

describe("applyFixes", () => {
  it("applies safe fixes rule by rule until the rules pass, without touching guarded ones", async () => {
    const model = createModel(
      plan({
        date: withText("date", "Lạng Sơn, ngày 5 tháng 08 năm 2024"),
        p1: { run: { size: 12 }, format: { alignment: "left", indent: { left: 0, right: 0, firstLine: 0 } } },
        recLast: withText("recLast", "- Lưu VT."),
      }),
    );
    const batches: number[] = [];
    const host = new MemoryHost(model);
    const report = await applyFixes(
      model,
      async (edits) => {
        batches.push(edits.length);
        const result = await host.applyEdits(edits);
        expect(result.skipped).toEqual([]);
        return host.read();
      },
      { registry },
    );
    const left = check(report.model, { registry }).map((f) => f.rule);
    expect(left).toEqual(["recipients"]);
    expect(report.model.paragraphs[6].text).toBe("Lạng Sơn, ngày 05 tháng 8 năm 2024");
    expect(report.applied.map((a) => a.rule)).toEqual(
      expect.arrayContaining(["place-date", "body-font-size", "body-alignment", "body-indent"]),
    );
    expect(batches.every((n) => n > 0)).toBe(true);
  });

  it("applies guarded fixes of listed rules", async () => {
    const model = createModel(plan({ recLast: withText("recLast", "- Lưu VT.") }));
    const host = new MemoryHost(model);
    const report = await applyFixes(model, async (edits) => (await host.applyEdits(edits), host.read()), {
      registry,
      rules: ["recipients"],
      org: { unitAbbr: "VP" } as never,
    });
    expect(report.remaining).toEqual([]);
    expect(report.model.paragraphs[analyze(report.model).closing.recipients[2]].text).toBe("- Lưu: VT, VP.");
  });
});

describe("profiles switch values, not code", () => {
  const centre = { alignment: "center" as const, indent: { left: 0, right: 0, firstLine: 0 } };
  const c = (col: number) => ({ table: 0, row: 0, col });
  const party = createModel({
    paragraphs: [
      { text: "TỈNH ỦY LẠNG SƠN", run: { size: 14 }, format: centre, cell: c(0) },
      { text: "BAN TUYÊN GIÁO", run: { size: 14, bold: true }, format: centre, cell: c(0) },
      { text: "*", format: centre, cell: c(0) },
      { text: "Số 127-KH/BTGTU", run: { size: 14 }, format: centre, cell: c(0) },
      {
        text: "ĐẢNG CỘNG SẢN VIỆT NAM",
        run: { size: 15, bold: true },
        format: { ...centre, borders: { top: false, bottom: true } },
        cell: c(1),
      },
      {
        text: "Lạng Sơn, ngày 05 tháng 3 năm 2024",
        run: { size: 14, italic: true },
        format: centre,
        cell: c(1),
      },
      { text: "KẾ HOẠCH", run: { size: 16, bold: true }, format: centre },
      {
        text: "tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng",
        run: { size: 15, bold: true },
        format: centre,
      },
      "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo xây dựng kế hoạch như sau:./.",
    ],
    tables: [
      {
        index: 0,
        rows: [
          {
            cells: [0, 1].map((col) => ({
              paragraphs: col === 0 ? [0, 1, 2, 3] : [4, 5],
              width: 4500,
              gridSpan: 1,
              hasBorders: false,
            })),
          },
        ],
        hasBorders: false,
        depth: 0,
        section: 0,
        grid: [4500, 4500],
      },
    ],
  });
  const header = [
    "agency-name",
    "national-title",
    "motto",
    "doc-number",
    "place-date",
    "doc-title",
    "body-font-size",
  ];

  it("a Party plan passes the dang profile", () => {
    expect(check(party, { registry, profile: "dang", rules: header }).map((f) => f.message)).toEqual([]);
  });
  it("and fails nd30 where the two differ", () => {
    const rules = new Set(check(party, { registry, profile: "nd30", rules: header }).map((f) => f.rule));
    expect([...rules].sort()).toEqual(["agency-name", "doc-number", "doc-title", "motto", "national-title"]);
  });
});
