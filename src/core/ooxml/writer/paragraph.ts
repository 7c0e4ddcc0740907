// Paragraphs with direct paragraph formatting throughout (Word keeps the target document's own definition of
// style names such as Normal when OOXML is inserted, so nothing here relies on a style).
import type { BlockParagraph } from "../../model/blocks";
import type { WriteContext } from "./context";
import { lineShapeRun } from "./line-shape";
import { runProps, runXml } from "./run";
import { lastLineWidthTwips, textWidthTwips, wrappedWidthTwips } from "./text-width";
import { el } from "./xml";

const pt = (points: number | undefined): number => Math.round((points ?? 0) * 20);

/** 2 mm between a frame and its text, in twips. */
const FRAME_PADDING = 113;

/** w:pBdr for the paragraph's border: single 0.5 pt lines, 1 pt (4 pt for a frame) from the text. */
function bordersXml(border: BlockParagraph["border"]): string {
  if (!border) return "";
  const sides = border === "box" ? ["top", "left", "bottom", "right"] : [border];
  const space = border === "box" ? 4 : 1;
  return el(
    "w:pBdr",
    {},
    sides
      .map((side) => el(`w:${side}`, { "w:val": "single", "w:sz": 4, "w:space": space, "w:color": "auto" }))
      .join(""),
  );
}

function paragraphProps(p: BlockParagraph, size: number): string {
  const line = Math.round((p.lineSpacing ?? 1) * 240);
  return el(
    "w:pPr",
    {},
    (p.keepNext ? "<w:keepNext/>" : "") +
      (p.keepLines ? "<w:keepLines/>" : "") +
      (p.pageBreakBefore ? "<w:pageBreakBefore/>" : "") +
      bordersXml(p.border) +
      el("w:spacing", {
        "w:before": pt(p.spacingBefore),
        "w:after": pt(p.spacingAfter),
        "w:line": line,
        "w:lineRule": "auto",
      }) +
      el("w:ind", {
        "w:left": p.indent?.left ?? 0,
        "w:right": p.indent?.right ?? 0,
        ...(p.indent?.firstLine !== undefined && p.indent.firstLine < 0
          ? { "w:hanging": -p.indent.firstLine }
          : { "w:firstLine": p.indent?.firstLine ?? 0 }),
      }) +
      el("w:jc", { "w:val": p.align === "both" || !p.align ? "both" : p.align }) +
      runProps({ size }),
  );
}

/** Size of the paragraph's text: its own, else its first run's, else the body size. */
export function paragraphSize(p: BlockParagraph, ctx: WriteContext): number {
  return p.size ?? ctx.bodySize;
}

/**
 * A frame hugs its text (the decree's stamps are about the width of their words): equal indents leave the text
 * width plus 2 mm on each side, the frame centred in its column.
 */
function framed(p: BlockParagraph, size: number, available: number): BlockParagraph {
  if (p.border !== "box" || available <= 0) return p;
  const text = p.runs.map((r) => r.text).join("");
  const width =
    textWidthTwips(
      text,
      size,
      p.runs.some((r) => r.bold),
    ) +
    2 * FRAME_PADDING;
  const side = Math.max(0, Math.floor((available - width) / 2));
  return { ...p, indent: { ...p.indent, left: side, right: side } };
}

/** One w:p. `available` is the text width (twips) of the column it sits in, for sizing a line under it. */
export function paragraphXml(block: BlockParagraph, ctx: WriteContext, available: number): string {
  const size = paragraphSize(block, ctx);
  const p = framed(block, size, available);
  let runs = p.runs.map((r) => runXml(r, size)).join("");
  if (p.lineUnder) {
    const text = p.runs.map((r) => r.text).join("");
    const bold = p.runs.some((r) => r.bold);
    const indent = (p.indent?.left ?? 0) + (p.indent?.right ?? 0);
    const measure = p.lineUnder.lastLine ? lastLineWidthTwips : wrappedWidthTwips;
    const textWidth = measure(text, size, bold, available - indent);
    const width = Math.max(240, Math.round(textWidth * p.lineUnder.fraction));
    // Anchored after the text, so "line" is the paragraph's last line even when the name wraps.
    runs += lineShapeRun({ width, offsetPt: size * 1.25 + 1.5 }, ctx, size);
  }
  return `<w:p>${paragraphProps(p, size)}${runs}</w:p>`;
}
