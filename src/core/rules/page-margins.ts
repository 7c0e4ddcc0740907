// page-margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm, in every section (±0.5 mm).
import { cite, optNumber, optRange, type Range } from "./layout-helpers";
import { cannotCheck, mmText, mmToTwips, sectionLabel, twipsToMm } from "./page-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục I.3";

const SIDES = [
  { side: "top", name: "Lề trên", def: [20, 25] },
  { side: "bottom", name: "Lề dưới", def: [20, 25] },
  { side: "left", name: "Lề trái", def: [30, 35] },
  { side: "right", name: "Lề phải", def: [15, 20] },
] as const;

export const pageMargins: Rule = {
  meta: {
    id: "page-margins",
    title: "Lề trang",
    description: "Lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm, ở mọi phần của văn bản.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "safe",
  },
  check(ctx) {
    // Options: top, bottom, left, right as [min, max] in mm; tolerance in mm.
    const tolerance = optNumber(ctx, "tolerance", 0.5);
    const findings: FindingInput[] = [];
    for (const s of ctx.model.sections) {
      if (s.page === null) {
        findings.push(cannotCheck(ctx, s, "lề trang", LOC));
        continue;
      }
      const m = s.page.margins;
      for (const { side, name, def } of SIDES) {
        const [min, max]: Range = optRange(ctx, side, [def[0], def[1]]);
        // Word adds the gutter to the left margin: that is the margin the reader sees.
        const gutter = side === "left" ? m.gutter : 0;
        const value = twipsToMm(m[side] + gutter);
        if (value >= min - tolerance && value <= max + tolerance) continue;
        const target = value < min ? min : max;
        findings.push({
          message: `${name} của ${sectionLabel(s)} là ${mmText(m[side] + gutter)} mm, phải từ ${min} đến ${max} mm ${cite(ctx, LOC)}.`,
          paragraph: null,
          excerpt: "",
          section: s.index,
          fix: {
            description: `Đổi ${name.toLowerCase()} thành ${target} mm`,
            edits: [
              {
                kind: "setPageSetup",
                section: s.index,
                page: { margins: { [side]: mmToTwips(target) - gutter } },
              },
            ],
          },
        });
      }
    }
    return findings;
  },
};
