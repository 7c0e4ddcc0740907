import type { DocAnalysis } from "../../../src/core/analysis/types";
import { renderBlocks, renderLines, selectAnniversaries } from "../../../src/core/anniversaries";
import { createModel } from "../../../src/core/model/create";
import { excerpt } from "../../../src/core/rules/excerpt";
import { textAnniversary } from "../../../src/core/rules/text-anniversary";

const lists = selectAnniversaries({ from: 2017, to: 2020, org: "mttq", province: "lang-son" });

describe("rendering", () => {
  it("writes one line per year in the style of the plans", () => {
    const lines = renderLines(lists);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^- Năm 2017: Tết Nguyên đán Đinh Dậu \(1 tháng 1 âm lịch, tức 28\/01\/2017\); kỷ niệm 87 năm Ngày thành lập Đảng/,
    );
    expect(lines[2]).toMatch(
      /^- Năm 2019: Kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam \(03\/02\/1930 – 03\/02\/2019\); Tết/,
    );
    expect(lines[2]).toContain("110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019)");
    expect(lines[2]).toContain(
      "89 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2019)",
    );
    expect(lines[2]).toContain("Ngày Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch, tức 14/04/2019)");
    expect(lines.every((l) => l.endsWith(".") && l === l.normalize("NFC"))).toBe(true);
  });

  it("joins days of one date with 'và' and writes the date once in the short style", () => {
    const [line] = renderLines([lists[2]], { dates: "day-month" });
    expect(line).toContain(
      "75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân 22/12",
    );
    expect(line).toContain("89 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11;");
  });

  it("starts with 'Kỷ niệm' when the first day has a count", () => {
    const [line] = renderLines(
      selectAnniversaries({ from: 2019, to: 2019, categories: ["luc-luong-vu-trang"] }),
      {
        dates: "none",
        separator: ", ",
      },
    );
    expect(line).toBe(
      "- Năm 2019: Kỷ niệm 60 năm Ngày truyền thống Bộ đội Biên phòng và 30 năm Ngày Biên phòng toàn dân, 60 năm Ngày mở đường Hồ Chí Minh – Ngày truyền thống Bộ đội Trường Sơn, 75 năm Ngày thành lập Quân đội nhân dân Việt Nam và 30 năm Ngày hội Quốc phòng toàn dân.",
    );
  });

  it("sorts by rank on request", () => {
    const [line] = renderLines(
      selectAnniversaries({ from: 2019, to: 2019, categories: ["luc-luong-vu-trang"] }),
      {
        dates: "none",
        sort: "rank",
        joinSameDate: false,
      },
    );
    expect(line).toBe(
      "- Năm 2019: Kỷ niệm 60 năm Ngày truyền thống Bộ đội Biên phòng; 30 năm Ngày Biên phòng toàn dân; 60 năm Ngày mở đường Hồ Chí Minh – Ngày truyền thống Bộ đội Trường Sơn; 30 năm Ngày hội Quốc phòng toàn dân; 75 năm Ngày thành lập Quân đội nhân dân Việt Nam.",
    );
  });

  it("leaves out empty years unless asked", () => {
    const empty = selectAnniversaries({ from: 2025, to: 2025, categories: ["lanh-dao"] });
    expect(renderLines(empty)).toEqual([]);
    expect(renderLines(empty, { skipEmptyYears: false })).toEqual(["- Năm 2025: ."]);
  });

  it("gives blocks for the drafting writer, one paragraph per year", () => {
    const blocks = renderBlocks(lists);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatchObject({ kind: "paragraph", role: "anniversary", align: "both" });
    expect(blocks[1].runs[0].text).toBe(renderLines(lists)[1]);
  });

  it("produces text the checker accepts, in every date style", () => {
    const analysis = { header: { docSummary: [] }, headings: [], date: { day: 1, month: 1, year: 2017 } };
    for (const dates of ["range", "day-month", "full", "none"] as const) {
      const model = createModel({ paragraphs: renderLines(lists, { dates }) });
      const found = textAnniversary.check({
        model,
        analysis: analysis as unknown as DocAnalysis,
        profile: { id: "mttq", name: "mttq", rules: {} },
        options: {},
        stage: "draft",
        datasets: {},
        excerpt,
      });
      expect(found.map((f) => f.message)).toEqual([]);
    }
  });
});
