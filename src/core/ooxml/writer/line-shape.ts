// A solid line under a paragraph's text: a DrawingML line shape (wps) anchored to the paragraph's last line,
// centred in its column, with a VML fallback for older readers. It stays in place when the text is edited,
// unlike underscores or borders.
import { EMU_PER_PT, EMU_PER_TWIP, type WriteContext } from "./context";
import { runProps } from "./run";

export interface LineShape {
  /** Length in twips. */
  width: number;
  /** Distance from the top of the text line to the line, in points. */
  offsetPt: number;
}

const STROKE_EMU = 9525; // 0.75 pt

export function lineShapeRun(shape: LineShape, ctx: WriteContext, size: number): string {
  const id = ctx.nextShapeId++;
  const cx = Math.round(shape.width * EMU_PER_TWIP);
  const y = Math.round(shape.offsetPt * EMU_PER_PT);
  const widthPt = (shape.width / 20).toFixed(2);
  const yPt = shape.offsetPt.toFixed(2);
  const name = `Đường kẻ ${id}`;
  const drawing =
    `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" ` +
    `relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/>` +
    `<wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>` +
    `<wp:positionV relativeFrom="line"><wp:posOffset>${y}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="0"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>` +
    `<wp:docPr id="${id}" name="${name}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="0"/></a:xfrm>` +
    `<a:prstGeom prst="line"><a:avLst/></a:prstGeom>` +
    `<a:ln w="${STROKE_EMU}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>` +
    `<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml =
    `<w:pict><v:line id="${name}" o:spid="_x0000_s${1025 + id}" ` +
    `style="position:absolute;z-index:${251659264 + id};mso-position-horizontal:center;` +
    `mso-position-horizontal-relative:text;mso-position-vertical-relative:line" ` +
    `from="0,${yPt}pt" to="${widthPt}pt,${yPt}pt" strokecolor="black" strokeweight=".75pt"/></w:pict>`;
  return (
    `<w:r>${runProps({ size })}<mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice>` +
    `<mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`
  );
}
