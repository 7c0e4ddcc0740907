// body-spacing: at least 6 pt between paragraphs, line spacing from single to 1.5 lines.
import { MM } from "../model/create";
import { at, bodyParagraphs, cite, optNumber, optRange, spanOf } from "./layout-helpers";
import type { Edit, FindingInput, Rule } from "./types";

type ParagraphEdit = Extract<Edit, { kind: "setParagraphFormat" }>;

const LOC = "Phụ lục I, mục II.6e";
const TOLERANCE = 0.5 * MM;
/** Word's "auto" spacing before/after is 14 pt. */
const AUTO = 280;

export const bodySpacing: Rule = {
  meta: {
    id: "body-spacing",
    title: "Khoảng cách đoạn và dòng",
    description: "Khoảng cách giữa các đoạn văn tối thiểu 6 pt; khoảng cách dòng từ 1 dòng đến 1,5 dòng.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6e" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    const minGap = optNumber(ctx, "minGap", 120);
    const [lineMin, lineMax] = optRange(ctx, "line", [240, 360]);
    const paragraphs = bodyParagraphs(ctx);
    const out: FindingInput[] = [];
    paragraphs.forEach(({ p, i }, k) => {
      const s = p.format.spacing;
      const edit = (format: ParagraphEdit["format"]): Edit => ({
        kind: "setParagraphFormat",
        paragraph: p.index ?? -1,
        expectedText: p.text,
        format,
      });
      const next = paragraphs[k + 1];
      if (next && next.i === i + 1) {
        const after = s.afterAutospacing ? AUTO : s.after;
        const before = next.p.format.spacing.beforeAutospacing ? AUTO : next.p.format.spacing.before;
        const gap = after + before;
        if (gap < minGap - TOLERANCE)
          out.push(
            at(
              ctx,
              i,
              spanOf(ctx, null, i),
              `Khoảng cách tới đoạn sau ${gap / 20} pt; tối thiểu ${minGap / 20} pt ${cite(ctx, LOC)}.`,
              {
                description: `Đặt khoảng cách sau đoạn ${minGap / 20} pt`,
                edits: [edit({ spacing: { after: minGap } })],
              },
            ),
          );
      }
      const size = p.runs.find((r) => r.format.size !== null)?.format.size ?? 14;
      let ok: boolean;
      let shown: string;
      if (s.lineRule === "auto") {
        ok = s.line >= lineMin - 1 && s.line <= lineMax + 1;
        shown = `${(s.line / 240)
          .toFixed(2)
          .replace(/\.?0+$/, "")
          .replace(".", ",")} dòng`;
      } else {
        // Exact or at-least spacing in twips: single spacing of Times New Roman is about 1.15 × the font size.
        const single = size * 20;
        const most = size * 20 * 1.15 * (lineMax / 240) + TOLERANCE;
        ok = s.lineRule === "atLeast" ? s.line <= most : s.line >= single - TOLERANCE && s.line <= most;
        shown = `${s.line / 20} pt`;
      }
      if (!ok)
        out.push(
          at(
            ctx,
            i,
            spanOf(ctx, null, i),
            `Khoảng cách dòng ${shown}; quy định từ 1 dòng đến 1,5 dòng ${cite(ctx, LOC)}.`,
            {
              description: "Đặt khoảng cách dòng 1 dòng",
              edits: [
                edit({
                  spacing: {
                    line: s.lineRule === "auto" && s.line > lineMax ? lineMax : lineMin,
                    lineRule: "auto",
                  },
                }),
              ],
            },
          ),
        );
    });
    return out;
  },
};
