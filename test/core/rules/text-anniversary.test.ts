import { readFileSync } from "fs";
import { join } from "path";
import { analyze } from "../../../src/core/analysis/analyze";
import type { DocAnalysis } from "../../../src/core/analysis/types";
import { readDocx } from "../../../src/core/ooxml/read";
import { check, emptyAnalysis, ruleContext } from "../../../src/core/rules/engine";
import { runRule } from "../../helpers/rule-tester";
import { createModel, type ModelSpec } from "../../../src/core/model/create";
import type { OrgProfile } from "../../../src/core/org/types";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { anniversaryRules } from "../../../src/core/rules/registry-anniversary";
import { textAnniversary } from "../../../src/core/rules/text-anniversary";
import type { FindingInput } from "../../../src/core/rules/types";

// The analysis is built here by hand: these tests pin the rule's own logic, whatever the detector finds.
function analysis(
  over: { year?: number | null; docSummary?: number[]; headings?: number[] } = {},
): DocAnalysis {
  const base = emptyAnalysis(createModel({ paragraphs: [] }));
  return {
    ...base,
    docType: "ke-hoach",
    docTypeName: "KẾ HOẠCH",
    header: { ...base.header, docSummary: over.docSummary ?? [] },
    headings: (over.headings ?? []).map((paragraph) => ({
      paragraph,
      scheme: "decimal",
      level: 2,
      label: "",
      values: [],
      fromList: false,
      appendix: 0,
    })),
    date: over.year ? { day: 10, month: 1, year: over.year } : null,
  };
}

function run(
  paragraphs: ModelSpec["paragraphs"],
  over: Parameters<typeof analysis>[0] = {},
  org?: OrgProfile,
): FindingInput[] {
  const model = createModel({ paragraphs });
  return textAnniversary.check(
    ruleContext(model, analysis(over), { profile: { id: "mttq", name: "mttq", rules: {} }, org }),
  );
}

const seed = readFileSync(
  join(__dirname, "../../fixtures/ke-hoach-thi-dua-khen-thuong-2017-2020.txt"),
  "utf8",
)
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);

describe("text-anniversary", () => {
  it("is registered with the catalogue's severity and fix policy", () => {
    expect(anniversaryRules).toContain(textAnniversary);
    expect(textAnniversary.meta).toMatchObject({
      id: "text-anniversary",
      severity: "warning",
      fixPolicy: "guarded",
    });
  });

  it("flags exactly the seed's two 2018 slips, each as its own finding", () => {
    const found = run(seed, { year: 2017, docSummary: [1] });
    expect(found.map((f) => f.message)).toEqual([
      "2018: 74 năm, không phải 75 — Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944).",
      "2018: 29 năm, không phải 30 — Ngày hội Quốc phòng toàn dân (22/12/1989).",
    ]);
    const line = seed.findIndex((l) => l.startsWith("- Năm 2018:"));
    expect(found.every((f) => f.paragraph === line)).toBe(true);
    expect(found[0].excerpt).toContain("75 năm Ngày thành lập Quân đội nhân dân Việt Nam");
    const text = seed[line];
    expect(text.slice(found[0].span!.start, found[0].span!.end)).toBe(
      "75 năm Ngày thành lập Quân đội nhân dân Việt Nam",
    );
    expect(text.slice(found[1].span!.start, found[1].span!.end)).toBe("30 năm Ngày hội Quốc phòng toàn dân");
    expect(found[0].fix?.edits[0]).toMatchObject({
      kind: "replaceText",
      replacement: "74",
      expectedText: text,
    });
    const edit = found[1].fix!.edits[0] as { start: number; end: number };
    expect(text.slice(edit.start, edit.end)).toBe("30");
  });

  it("finds nothing in the seed once the slips move to 2019", () => {
    const fixed = seed.map((l) =>
      l
        .replace(
          ", 75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân 22/12",
          "",
        )
        .replace(
          "- Năm 2019: Kỷ niệm ",
          "- Năm 2019: Kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân 22/12; ",
        ),
    );
    expect(run(fixed, { year: 2017 })).toEqual([]);
  });

  it("reads the year from a range before the document's date", () => {
    const text = "Kỷ niệm 110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019).";
    expect(run([text], { year: 2017 })).toEqual([]);
    expect(
      run(["Kỷ niệm 110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2018)."], {
        year: 2019,
      }),
    ).toMatchObject([{ message: expect.stringMatching(/^2018: 109 năm, không phải 110/) }]);
  });

  it("reads the year from a full date beside the event", () => {
    expect(
      run(["Chào mừng 88 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11/2018."], { year: 2017 }),
    ).toEqual([]);
    expect(
      run(["Chào mừng 87 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11/2018."], { year: 2017 }),
    ).toHaveLength(1);
  });

  it("takes the nearest 'Năm YYYY:' in the paragraph, then above it, stopping at a heading", () => {
    expect(run(["Năm 2019:", "- Kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam."])).toEqual([]);
    expect(run(["Năm 2018:", "- Kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam."])).toHaveLength(1);
    // A heading between them: the year line above no longer applies, and nothing else gives a year.
    expect(
      run(["Năm 2018:", "3. Khen thưởng", "- Kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam."], {
        headings: [1],
      }),
    ).toEqual([]);
  });

  it("falls back to a single year in the trích yếu, then to the document's date", () => {
    const body = "Tổ chức kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam.";
    expect(run(["Kế hoạch tuyên truyền năm 2019", body], { docSummary: [0], year: 2018 })).toEqual([]);
    expect(run(["Kế hoạch tuyên truyền giai đoạn 2017-2020", body], { docSummary: [0], year: 2019 })).toEqual(
      [],
    );
    expect(
      run(["Kế hoạch tuyên truyền giai đoạn 2017-2020", body], { docSummary: [0], year: 2018 }),
    ).toHaveLength(1);
    expect(run([body])).toEqual([]);
  });

  it("folds diacritics, i/y, punctuation and abbreviations", () => {
    expect(run(["Năm 2017: Kỷ niệm 70 năm Ngày Thương binh liệt sỹ 27/7."])).toEqual([]);
    expect(run(["Năm 2017: Kỷ niệm 71 năm Ngày Thuong binh - Liet si 27/7."])).toMatchObject([
      { message: expect.stringMatching(/^2017: 70 năm, không phải 71/) },
    ]);
    expect(run(["Năm 2019: 89 năm Ngày truyền thống MTTQ Việt Nam 18/11/2019"])).toEqual([]);
    expect(run(["Năm 2019: 90 năm Ngày truyền thống MTTQ Việt Nam."])).toHaveLength(1);
  });

  it("uses the date beside a generic wording to tell events apart", () => {
    expect(
      run(["Năm 2020: Kỷ niệm 45 năm Ngày Chiến thắng 30/4, 66 năm Ngày Chiến thắng Điện Biên Phủ 7/5."]),
    ).toEqual([]);
    expect(run(["Năm 2020: Kỷ niệm 46 năm Ngày Chiến thắng 30/4."])).toHaveLength(1);
    // Without a date "Ngày Chiến thắng" names nothing for sure.
    expect(run(["Năm 2020: Kỷ niệm 46 năm Ngày Chiến thắng."])).toEqual([]);
  });

  it("reads a short wording only with its date", () => {
    expect(run(["Năm 2025: Kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930 – 3/2/2025)."])).toEqual([]);
    expect(run(["Năm 2025: Kỷ niệm 96 năm Ngày thành lập Đảng 3/2."])).toHaveLength(1);
    // Without the date, "Ngày thành lập Đảng bộ tỉnh" must not be read as the Party's founding day.
    expect(run(["Năm 2025: Kỷ niệm 70 năm Ngày thành lập Đảng bộ tỉnh."])).toEqual([]);
  });

  it("accepts a count from the year a day was instituted", () => {
    expect(run(["Năm 2023: Kỷ niệm 10 năm Ngày Pháp luật Việt Nam 9/11."])).toEqual([]);
    expect(run(["Năm 2023: Kỷ niệm 77 năm Ngày Pháp luật Việt Nam 9/11."])).toEqual([]);
  });

  it("leaves alone counts that are not anniversaries", () => {
    expect(
      run([
        "Năm 2018: thực hiện kế hoạch 5 năm (2016-2020) và 10 năm Chương trình mục tiêu quốc gia.",
        "Sau 30 năm đổi mới, 75 năm qua.",
      ]),
    ).toEqual([]);
  });

  it("checks the organisation's own custom events", () => {
    const org = {
      ...sampleOrgProfile(),
      customEvents: [
        {
          id: "thanh-lap-truong",
          name: "Ngày thành lập Trường Tiểu học Kim Đồng",
          day: 5,
          month: 9,
          baseYear: 1975,
          lunar: false,
        },
      ],
    };
    expect(run(["Năm 2025: Kỷ niệm 45 năm Ngày thành lập Trường Tiểu học Kim Đồng."], {}, org)).toMatchObject(
      [{ message: expect.stringMatching(/^2025: 50 năm, không phải 45/) }],
    );
    // The matcher is kept between checks: the same list edited in place, or no list, must not reuse it.
    const text = ["Năm 2025: Kỷ niệm 45 năm Ngày thành lập Trường Tiểu học Kim Đồng."];
    org.customEvents[0].baseYear = 1980;
    expect(run(text, {}, org)).toEqual([]);
    org.customEvents[0].baseYear = 1975;
    expect(run(text, {}, org)).toHaveLength(1);
    expect(run(text, {}, { ...org, customEvents: [] })).toEqual([]);
  });

  it("reports text outside the body without a fix", () => {
    const model = createModel({
      paragraphs: [
        { text: "Năm 2018: 75 năm Ngày thành lập Quân đội nhân dân Việt Nam", location: "textbox" },
      ],
    });
    const found = textAnniversary.check(ruleContext(model, analysis()));
    expect(found).toHaveLength(1);
    expect(found[0].paragraph).toBeNull();
    expect(found[0].fix).toBeUndefined();
  });
});

describe("text-anniversary with the reader, the analysis and the engine", () => {
  const ROOT = join(__dirname, "../../..");
  it.each(["assets/sample/ke-hoach-thi-dua-2017-2020.docx", "assets/sample/seed-as-is.docx"])(
    "flags the two 2018 slips of %s and nothing else",
    (file) => {
      const model = readDocx(new Uint8Array(readFileSync(join(ROOT, file))));
      for (const profile of ["nd30", "mttq"] as const) {
        const found = check(model, { profile }).filter((f) => f.rule === "text-anniversary");
        expect(found.map((f) => f.message)).toEqual([
          "2018: 74 năm, không phải 75 — Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944).",
          "2018: 29 năm, không phải 30 — Ngày hội Quốc phòng toàn dân (22/12/1989).",
        ]);
        expect(found.every((f) => f.severity === "warning" && f.fixable)).toBe(true);
        expect(model.paragraphs[found[0].paragraph!].text).toMatch(/^- Năm 2018:/);
      }
    },
  );

  const dated2017 = (body: string) => ({
    paragraphs: [
      "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 12/KH-MTTQ",
      { text: "Lạng Sơn, ngày 10 tháng 01 năm 2017", run: { italic: true } },
      { text: "KẾ HOẠCH", run: { bold: true }, format: { alignment: "center" as const } },
      {
        text: "Tuyên truyền các ngày kỷ niệm",
        run: { bold: true },
        format: { alignment: "center" as const },
      },
      body,
    ],
  });

  it("reports nothing on correct text in a document dated 2017", () => {
    const doc = dated2017("Kỷ niệm 110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019).");
    expect(runRule(textAnniversary, doc)).toEqual([]);
  });

  it("falls back to the document's date when nothing nearer gives the year", () => {
    const model = createModel(dated2017("Tổ chức kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Việt Nam."));
    expect(analyze(model).date?.year).toBe(2017);
    expect(runRule(textAnniversary, model).map((f) => f.message)).toEqual([
      "2017: 73 năm, không phải 75 — Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944).",
    ]);
  });
});

describe("text-anniversary documentation", () => {
  it("has its page with the usual sections", () => {
    const text = readFileSync(join(__dirname, "../../../docs/rules/text-anniversary.md"), "utf8");
    for (const section of ["## Kiểm tra gì", "## Căn cứ", "## Ví dụ sai", "## Ví dụ đúng", "## Cách sửa"]) {
      expect(text).toContain(section);
    }
    expect(text).toContain(
      "2018: 74 năm, không phải 75 — Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944).",
    );
  });
});
