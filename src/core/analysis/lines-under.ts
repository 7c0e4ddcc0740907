// A "line under" an element, drawn any of the ways the catalogue lists: an underline of the text, a bottom
// border on the paragraph or on the next empty paragraph, a line shape, or a paragraph of underscores under it.
// A floating line shape is placed by its geometry — anchor paragraph, relativeFrom and offsets, extent — on an
// approximate layout, and belongs to the paragraph whose text it runs just under and overlaps horizontally,
// wherever Word anchored it (the next paragraph, the cell of the next row, an empty paragraph above). Shapes
// inside groups and canvases take their container's position. Its length is not measured.
import type { DocModel, Paragraph, Run, ShapeGeometry } from "../model/types";
import { layoutBody, type ParagraphBox } from "./layout";
import { isEmptyParagraph, isUnderscoreLine, segments, visibleRuns } from "./text";
import type { DocAnalysis } from "./types";

function sameBox(a: Paragraph, b: Paragraph): boolean {
  if (a.cell === null || b.cell === null) return a.cell === b.cell;
  return a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

const lineRuns = (p: Paragraph): Run[] => p.runs.filter((r) => r.kind === "drawing" && r.isLine === true);

/** Floating, horizontal, and positioned by offsets the layout can follow. */
function placeable(s: ShapeGeometry | undefined): s is ShapeGeometry {
  return (
    s !== undefined &&
    s.floating &&
    s.width > 3 * s.height &&
    s.y?.offset !== undefined &&
    ["paragraph", "line", "margin", "page", "topMargin"].includes(s.y.from)
  );
}

/** The line's vertical position and horizontal extent in layout coordinates, or null when it cannot be told. */
function shapePosition(
  model: DocModel,
  p: Paragraph,
  box: ParagraphBox,
  s: ShapeGeometry,
): { y: number; left: number; right: number } | null {
  const page = model.sections[p.section]?.page;
  const offsetY = s.y?.offset ?? 0;
  let y: number;
  if (s.y?.from === "paragraph" || s.y?.from === "line") y = box.top + offsetY;
  else if (!page) return null;
  else if (s.y?.from === "margin") y = offsetY;
  else y = offsetY - page.margins.top;
  // Page- and margin-relative positions only make sense on the first page of the estimate.
  if (s.y?.from !== "paragraph" && s.y?.from !== "line" && page && box.top > page.height) return null;

  const x = s.x;
  const column = x?.from === "column" ? box.columnLeft : 0;
  const span =
    x?.from === "column" ? box.columnWidth : page ? page.width - page.margins.left - page.margins.right : 0;
  let left: number;
  if (x?.offset !== undefined) {
    left =
      x.offset +
      (x.from === "page" && page ? -page.margins.left : x.from === "character" ? box.textLeft : column);
  } else if (x?.align === "center") left = column + (span - s.width) / 2;
  else if (x?.align === "right") left = column + span - s.width;
  else left = column;
  return { y, left, right: left + s.width };
}

/** The non-empty paragraph whose text the line runs just under, overlapping it horizontally. */
function targetOf(
  body: Paragraph[],
  boxes: ParagraphBox[],
  at: { y: number; left: number; right: number },
): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  body.forEach((q, k) => {
    const b = boxes[k];
    if (!b || isEmptyParagraph(q) || isUnderscoreLine(q)) return;
    const gap = at.y - b.textBottom;
    // From the lower part of the last text line down to about one line below it.
    if (gap < -0.45 * b.lineHeight || gap > Math.max(b.lineHeight, 400)) return;
    const overlap = Math.min(at.right, b.textRight) - Math.max(at.left, b.textLeft);
    if (overlap < 0.3 * Math.min(at.right - at.left, b.textRight - b.textLeft)) return;
    if (gap < bestGap) {
      best = k;
      bestGap = gap;
    }
  });
  return best;
}

function underlinedText(p: Paragraph): boolean {
  if (!p.runs.some((r) => r.format.underline)) return false;
  const runs = visibleRuns(p);
  return runs.length > 0 && runs.every((r) => r.format.underline !== null && r.format.underline !== "none");
}

export interface LinesUnder {
  lines: Set<number>;
  /** Paragraphs that only draw a line for another. */
  drawn: Set<number>;
  /**
   * For paragraphs underlined only by placed shapes: each shape's horizontal extent as fractions of the paragraph's
   * column, so that two elements sharing a tabbed line each need their own stroke.
   */
  extents: Map<number, [number, number][]>;
}

/** Body paragraph indexes that carry a line under them, and the paragraphs that only draw such a line. */
export function findLinesUnder(model: DocModel): LinesUnder {
  const lines = new Set<number>();
  const drawn = new Set<number>();
  const extents = new Map<number, [number, number][]>();
  const whole = new Set<number>();
  const body = model.paragraphs.slice(0, model.bodyCount);
  let boxes: ParagraphBox[] | null = null;
  // Lines shapes without usable geometry (inline, aligned, in VML without offsets) count for their own paragraph.
  const unplaced = new Set<number>();

  body.forEach((p, i) => {
    for (const run of lineRuns(p)) {
      if (!placeable(run.shape)) {
        unplaced.add(i);
        continue;
      }
      boxes ??= layoutBody(model);
      const box = boxes[i];
      const at = box ? shapePosition(model, p, box, run.shape) : null;
      const target = at ? targetOf(body, boxes, at) : null;
      if (target === null || at === null) unplaced.add(i);
      else {
        lines.add(target);
        const col = boxes[target];
        const span: [number, number] = [
          (at.left - col.columnLeft) / col.columnWidth,
          (at.right - col.columnLeft) / col.columnWidth,
        ];
        extents.set(target, [...(extents.get(target) ?? []), span]);
      }
      if (isEmptyParagraph(p)) drawn.add(i);
    }
  });

  body.forEach((p, i) => {
    if (isEmptyParagraph(p) || isUnderscoreLine(p)) return;
    // "CHÍNH PHỦ\n_______": underscores on a second line of the same paragraph.
    const ownUnderscores = p.text.includes("\n") && /\n[\s_]*_{3,}[\s_]*$/.test(p.text);
    // A frame (độ khẩn, phạm vi lưu hành) draws a bottom side too, but it is no line under the text.
    const framed = p.format.borders.left && p.format.borders.right;
    if (underlinedText(p) || (p.format.borders.bottom && !framed) || unplaced.has(i) || ownUnderscores) {
      lines.add(i);
      whole.add(i);
    }
    const next = body[i + 1];
    if (!next || !sameBox(p, next)) return;
    const nextBlank = isEmptyParagraph(next);
    if (
      isUnderscoreLine(next) ||
      (nextBlank && (next.format.borders.bottom || next.format.borders.top || unplaced.has(i + 1)))
    ) {
      lines.add(i);
      whole.add(i);
      drawn.add(i + 1);
    }
  });
  body.forEach((p, i) => {
    if (isUnderscoreLine(p)) drawn.add(i);
  });
  whole.forEach((i) => extents.delete(i));
  return { lines, drawn, extents };
}

/**
 * Whether the element at [start, end) of paragraph i has a line under it. A paragraph holding several tab-separated
 * elements ("SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc") shares its width among them in order; a shape counts for the
 * elements whose share it overlaps. Other lines (borders, underlines, underscores) count for the whole paragraph.
 */
export function hasLineUnder(a: DocAnalysis, p: Paragraph, i: number, start: number): boolean {
  if (!a.linesUnder.has(i)) return false;
  const ext = a.lineExtents?.get(i);
  const segs = segments(p);
  if (!ext || segs.length < 2) return true;
  const k = Math.max(
    0,
    segs.findIndex((s) => start >= s.start && start < s.end),
  );
  const [from, to] = [k / segs.length, (k + 1) / segs.length];
  return ext.some(([l, r]) => Math.min(r, to) - Math.max(l, from) > 0.25 * (to - from));
}
