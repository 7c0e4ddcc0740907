// page-size: A4 (210 × 297 mm) in portrait; a landscape section only where it holds a table.
import { optNumber } from "./layout-helpers";
import { cannotCheck, mmText, mmToTwips, sectionLabel, twipsToMm } from "./page-helpers";
import { cite } from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC_SIZE = "Phụ lục I, mục I.1";
const LOC_ORIENTATION = "Phụ lục I, mục I.2";

export const pageSize: Rule = {
  meta: {
    id: "page-size",
    title: "Khổ giấy",
    description:
      "Văn bản in trên khổ giấy A4 (210 × 297 mm), theo chiều dài; chỉ trang có bảng mới được xoay ngang.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: LOC_SIZE },
      { instrument: "NĐ 30/2020/NĐ-CP", locator: LOC_ORIENTATION },
    ],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "safe",
  },
  check(ctx) {
    // Options: paper width and height in mm, and the tolerance in mm (±1 mm by the catalogue).
    const width = optNumber(ctx, "width", 210);
    const height = optNumber(ctx, "height", 297);
    const tolerance = optNumber(ctx, "tolerance", 1);
    const findings: FindingInput[] = [];
    for (const s of ctx.model.sections) {
      if (s.page === null) {
        findings.push(cannotCheck(ctx, s, "khổ giấy", LOC_SIZE));
        continue;
      }
      const landscape = s.page.orientation === "landscape" || s.page.width > s.page.height;
      const short = Math.min(s.page.width, s.page.height);
      const long = Math.max(s.page.width, s.page.height);
      const isA4 =
        Math.abs(twipsToMm(short) - width) <= tolerance && Math.abs(twipsToMm(long) - height) <= tolerance;
      const holdsTable = ctx.model.tables.some((t) => t.section === s.index && t.depth === 0);
      const portrait = {
        width: mmToTwips(width),
        height: mmToTwips(height),
        orientation: "portrait" as const,
      };
      if (!isA4) {
        const target =
          landscape && holdsTable
            ? { width: portrait.height, height: portrait.width, orientation: "landscape" as const }
            : portrait;
        findings.push({
          message: `Khổ giấy của ${sectionLabel(s)} là ${mmText(s.page.width)} × ${mmText(s.page.height)} mm, phải là A4 ${width} × ${height} mm ${cite(ctx, LOC_SIZE)}.`,
          paragraph: null,
          excerpt: "",
          section: s.index,
          fix: {
            description: "Đổi sang khổ A4",
            edits: [{ kind: "setPageSetup", section: s.index, page: target }],
          },
        });
      } else if (landscape && !holdsTable) {
        findings.push({
          message: `${capitalise(sectionLabel(s))} xoay ngang nhưng không có bảng; văn bản phải trình bày theo chiều dài khổ A4 ${cite(ctx, LOC_ORIENTATION)}.`,
          paragraph: null,
          excerpt: "",
          section: s.index,
          fix: {
            description: "Xoay trang theo chiều dọc",
            edits: [{ kind: "setPageSetup", section: s.index, page: portrait }],
          },
        });
      }
    }
    return findings;
  },
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
