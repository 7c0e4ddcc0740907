// body-indent: the first line of a body paragraph starts 1–1.27 cm in (±0.5 mm); for list paragraphs the
// first line starts at left + first-line (a hanging indent is negative).
import { MM } from "../model/create";
import { at, bodyParagraphs, cite, CENTRED_HEADINGS, optRange, spanOf } from "./layout-helpers";
import type { Rule } from "./types";

const LOC = "Phụ lục I, mục II.6e";
const TOLERANCE = 0.5 * MM;
const cm = (tw: number) => (tw / MM / 10).toFixed(2).replace(/0$/, "").replace(".", ",");

export const bodyIndent: Rule = {
  meta: {
    id: "body-indent",
    title: "Thụt đầu dòng",
    description: "Dòng đầu của đoạn văn lùi vào 1 cm hoặc 1,27 cm.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6e" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    const [min, max] = optRange(ctx, "firstLine", [567, 720]);
    return bodyParagraphs(ctx)
      .filter(
        ({ heading }) => !heading || (!CENTRED_HEADINGS.has(heading.scheme) && heading.scheme !== "roman"),
      )
      .flatMap(({ p, i }) => {
        const lead = p.format.indent.left + p.format.indent.firstLine;
        if (lead >= min - TOLERANCE && lead <= max + TOLERANCE) return [];
        const target = lead < min ? min : max;
        return [
          at(
            ctx,
            i,
            spanOf(ctx, null, i),
            `Dòng đầu lùi vào ${cm(lead)} cm; quy định 1 cm hoặc 1,27 cm ${cite(ctx, LOC)}.`,
            {
              description: `Lùi dòng đầu ${cm(target)} cm`,
              edits: [
                {
                  kind: "setParagraphFormat",
                  paragraph: p.index ?? -1,
                  expectedText: p.text,
                  format: { indent: { firstLine: target - p.format.indent.left } },
                },
              ],
            },
          ),
        ];
      });
  },
};
