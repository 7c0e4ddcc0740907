// A "line under" an element, drawn any of the ways the catalogue lists: an underline of the text, a bottom
// border on the paragraph or on the next empty paragraph, a line shape in the paragraph or the next one, or a
// paragraph of underscores under it. Its length is not measured.
import type { DocModel, Paragraph } from "../model/types";
import { isEmptyParagraph, isUnderscoreLine, visibleRuns } from "./text";

function sameBox(a: Paragraph, b: Paragraph): boolean {
  if (a.cell === null || b.cell === null) return a.cell === b.cell;
  return a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

const hasLineShape = (p: Paragraph): boolean => p.runs.some((r) => r.kind === "drawing" && r.isLine === true);

function underlinedText(p: Paragraph): boolean {
  if (!p.runs.some((r) => r.format.underline)) return false;
  const runs = visibleRuns(p);
  return runs.length > 0 && runs.every((r) => r.format.underline !== null && r.format.underline !== "none");
}

/** Body paragraph indexes that carry a line under them, and the paragraphs that only draw such a line. */
export function findLinesUnder(model: DocModel): { lines: Set<number>; drawn: Set<number> } {
  const lines = new Set<number>();
  const drawn = new Set<number>();
  const body = model.paragraphs.slice(0, model.bodyCount);
  body.forEach((p, i) => {
    if (isEmptyParagraph(p) || isUnderscoreLine(p)) return;
    // "CHÍNH PHỦ\n_______": underscores on a second line of the same paragraph.
    const ownUnderscores = p.text.includes("\n") && /\n[\s_]*_{3,}[\s_]*$/.test(p.text);
    if (underlinedText(p) || p.format.borders.bottom || hasLineShape(p) || ownUnderscores) lines.add(i);
    const next = body[i + 1];
    if (!next || !sameBox(p, next)) return;
    const nextBlank = isEmptyParagraph(next);
    if (
      isUnderscoreLine(next) ||
      (nextBlank && (next.format.borders.bottom || next.format.borders.top || hasLineShape(next)))
    ) {
      lines.add(i);
      drawn.add(i + 1);
    }
  });
  body.forEach((p, i) => {
    if (isUnderscoreLine(p)) drawn.add(i);
  });
  return { lines, drawn };
}
