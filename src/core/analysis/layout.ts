// An approximate layout of the body, enough to tell which paragraph a drawn line visually sits under: each
// paragraph's top, the bottom of its text and the horizontal extent of its text, in twips from the top-left of
// the text area. Heights come from font size, line spacing and spacing before/after, with wrapping estimated
// from an average glyph width; table rows are as tall as their tallest cell. It ignores page breaks, cell
// margins, floating objects pushing text aside, exact glyph metrics and widow control, so positions drift down
// a long document — callers compare a shape with paragraphs near its own anchor.
import type { DocModel, Paragraph, Table } from "../model/types";

export interface ParagraphBox {
  top: number;
  /** Bottom of the last line of text (space after excluded). */
  textBottom: number;
  /** Top of the next paragraph in the same column. */
  bottom: number;
  lineHeight: number;
  /** Left edge and width of the column (table cell or text area) the paragraph flows in. */
  columnLeft: number;
  columnWidth: number;
  /** Horizontal extent of its text. */
  textLeft: number;
  textRight: number;
}

/** A4 with NĐ 30 margins, for sections whose page setup could not be read. */
const DEFAULT_TEXT_WIDTH = 9071;

function fontSize(p: Paragraph): number {
  let size = 0;
  for (const r of p.runs)
    if (r.text.trim() !== "" && r.format.size !== null) size = Math.max(size, r.format.size);
  return size || p.markFormat.size || 13;
}

function lineHeightOf(p: Paragraph, size: number): number {
  const natural = size * 20 * 1.15;
  const s = p.format.spacing;
  if (s.lineRule === "exact") return s.line;
  if (s.lineRule === "atLeast") return Math.max(s.line, natural);
  return (natural * s.line) / 240;
}

/** Average advance of a character in em, by class (Times New Roman). */
function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (ch === " " || ch === "\t") em += 0.25;
    else if (ch !== ch.toLowerCase()) em += 0.68;
    else em += 0.46;
  }
  return em * size * 20;
}

function boxOf(p: Paragraph, top: number, columnLeft: number, columnWidth: number): ParagraphBox {
  const size = fontSize(p);
  const lh = lineHeightOf(p, size);
  const { indent, spacing, alignment } = p.format;
  const avail = Math.max(columnWidth - indent.left - indent.right, 1);
  const pieces = p.text.replace(/\u00ad/g, "").split("\n");
  const widths = pieces.map((t) => textWidth(t.trim(), size));
  const lines = widths.reduce((n, w) => n + Math.max(1, Math.ceil(w / avail)), 0);
  const textBottom = top + spacing.before + lines * lh;
  // A tab carries what follows it to a stop further right: a tabbed line spans the column.
  const width = p.text.includes("\t") ? avail : Math.min(Math.max(...widths, 0), avail);
  const start = columnLeft + indent.left;
  const textLeft =
    alignment === "center"
      ? start + (avail - width) / 2
      : alignment === "right"
        ? start + avail - width
        : start + Math.max(indent.firstLine, 0);
  return {
    top,
    textBottom,
    bottom: textBottom + spacing.after,
    lineHeight: lh,
    columnLeft,
    columnWidth,
    textLeft,
    textRight: textLeft + width,
  };
}

function cellColumn(table: Table | undefined, row: number, col: number, width: number): [number, number] {
  const cells = table?.rows[row]?.cells ?? [];
  if (cells.length === 0) return [0, width];
  const fallback = width / cells.length;
  let left = 0;
  for (let c = 0; c < col && c < cells.length; c++) left += cells[c].width ?? fallback;
  return [left, cells[col]?.width ?? fallback];
}

/** Boxes of the body paragraphs, indexed like `model.paragraphs` (body part only). */
export function layoutBody(model: DocModel): ParagraphBox[] {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const boxes: ParagraphBox[] = [];
  const textWidthOf = (p: Paragraph) => {
    const page = model.sections[p.section]?.page;
    return page ? page.width - page.margins.left - page.margins.right : DEFAULT_TEXT_WIDTH;
  };
  let y = 0;
  let i = 0;
  while (i < body.length) {
    const p = body[i];
    const areaWidth = textWidthOf(p);
    if (p.cell === null) {
      boxes[i] = boxOf(p, y, 0, areaWidth);
      y = boxes[i].bottom;
      i++;
      continue;
    }
    // One top-level table: rows one under the other, cells side by side; a nested table flows in its cell.
    const tableIndex = p.cell.table;
    const table = model.tables[tableIndex];
    let rowTop = y;
    let row = p.cell.row;
    let rowBottom = y;
    const cursor = new Map<number, number>();
    let col = p.cell.col;
    while (i < body.length && body[i].cell !== null) {
      const q = body[i];
      const cell = q.cell;
      if (cell === null) break;
      const nested = cell.table !== tableIndex;
      if (nested && (model.tables[cell.table]?.depth ?? 0) === 0) break;
      if (!nested) {
        if (cell.row !== row) {
          rowTop = rowBottom;
          row = cell.row;
          cursor.clear();
        }
        col = cell.col;
      }
      const [left, width] = cellColumn(table, row, col, areaWidth);
      const top = cursor.get(col) ?? rowTop;
      boxes[i] = boxOf(q, top, left, width);
      cursor.set(col, boxes[i].bottom);
      rowBottom = Math.max(rowBottom, boxes[i].bottom);
      i++;
    }
    y = rowBottom;
  }
  return boxes;
}
