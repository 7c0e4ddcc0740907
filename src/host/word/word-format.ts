// Model values → Word JavaScript API values (points, enum names).
import type { BlockParagraph } from "../../core/model/blocks";
import type { Alignment, PageSetup } from "../../core/model/types";
import type { Edit } from "../../core/rules/types";

export const twipsToPoints = (tw: number): number => tw / 20;
export const pointsToTwips = (pt: number): number => Math.round(pt * 20);

const ALIGNMENT: Record<Alignment, Word.Alignment | "Left" | "Centered" | "Right" | "Justified"> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  both: "Justified",
  // Word's API has no "distributed"; justified is the closest it can set.
  distribute: "Justified",
};

const UNDERLINE: Record<string, Word.UnderlineType | string> = {
  single: "Single",
  double: "Double",
  thick: "Thick",
  dotted: "Dotted",
  dash: "DashLine",
  wave: "Wave",
  words: "Word",
};

export function fontUpdate(
  format: Extract<Edit, { kind: "setRunFormat" }>["format"],
): Word.Interfaces.FontUpdateData {
  const out: Word.Interfaces.FontUpdateData = {};
  if (format.font) out.name = format.font;
  if (format.size !== undefined && format.size !== null) out.size = format.size;
  if (format.bold !== undefined) out.bold = format.bold;
  if (format.italic !== undefined) out.italic = format.italic;
  // "auto" (the automatic colour) has no Font.color value; it is left for the caller to skip (autoColour).
  if (format.color !== undefined && !autoColour(format)) out.color = `#${format.color.replace(/^#/, "")}`;
  if (format.underline !== undefined)
    out.underline = (
      format.underline === null ? "None" : (UNDERLINE[format.underline] ?? "Single")
    ) as Word.UnderlineType;
  return out;
}

/** The edit asks for Word's automatic colour, which Font.color cannot set (it takes "#RRGGBB" or a name). */
export function autoColour(format: Extract<Edit, { kind: "setRunFormat" }>["format"]): boolean {
  return format.color?.toLowerCase() === "auto";
}

/**
 * A built paragraph's own paragraph formatting, as the writer writes it (writer/paragraph.ts): put back on the
 * last inserted paragraph, which Word gives the properties of the paragraph it landed in.
 */
export function blockParagraphUpdate(p: BlockParagraph): Word.Interfaces.ParagraphUpdateData {
  return {
    // The writer relies on no style (writer/paragraph.ts), so a heading style taken from the target goes first;
    // the direct formatting after it is then set on top.
    styleBuiltIn: "Normal" as Word.BuiltInStyleName,
    alignment: ALIGNMENT[p.align ?? "both"] as Word.Alignment,
    leftIndent: twipsToPoints(p.indent?.left ?? 0),
    rightIndent: twipsToPoints(p.indent?.right ?? 0),
    firstLineIndent: twipsToPoints(p.indent?.firstLine ?? 0),
    spaceBefore: p.spacingBefore ?? 0,
    spaceAfter: p.spacingAfter ?? 0,
    lineSpacing: (p.lineSpacing ?? 1) * 12,
  };
}

/** The paragraph properties paragraphUpdate can change: loaded before a format-only edit so undo can set them back. */
export const PARAGRAPH_FORMAT_PROPS = [
  "alignment",
  "leftIndent",
  "rightIndent",
  "firstLineIndent",
  "spaceBefore",
  "spaceAfter",
  "lineSpacing",
] as const;

export type ParagraphFormatValues = Pick<Word.Paragraph, (typeof PARAGRAPH_FORMAT_PROPS)[number]>;

export function paragraphUpdate(
  format: Extract<Edit, { kind: "setParagraphFormat" }>["format"],
): Word.Interfaces.ParagraphUpdateData {
  const out: Word.Interfaces.ParagraphUpdateData = {};
  if (format.alignment) out.alignment = ALIGNMENT[format.alignment] as Word.Alignment;
  const ind = format.indent;
  if (ind?.left !== undefined) out.leftIndent = twipsToPoints(ind.left);
  if (ind?.right !== undefined) out.rightIndent = twipsToPoints(ind.right);
  if (ind?.firstLine !== undefined) out.firstLineIndent = twipsToPoints(ind.firstLine);
  const sp = format.spacing;
  if (sp?.before !== undefined) out.spaceBefore = twipsToPoints(sp.before);
  if (sp?.after !== undefined) out.spaceAfter = twipsToPoints(sp.after);
  if (sp?.line !== undefined) {
    // Word's lineSpacing is in points with 12 points per line for "auto" (multiple) spacing.
    out.lineSpacing = (sp.lineRule ?? "auto") === "auto" ? (sp.line / 240) * 12 : twipsToPoints(sp.line);
  }
  return out;
}

type PageEdit = Extract<Edit, { kind: "setPageSetup" }>["page"];

export function pageSetupUpdate(page: PageEdit): Word.Interfaces.PageSetupUpdateData {
  const out: Word.Interfaces.PageSetupUpdateData = {};
  if (page.orientation) out.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  if (page.width !== undefined) out.pageWidth = twipsToPoints(page.width);
  if (page.height !== undefined) out.pageHeight = twipsToPoints(page.height);
  const m = page.margins ?? {};
  if (m.top !== undefined) out.topMargin = twipsToPoints(m.top);
  if (m.bottom !== undefined) out.bottomMargin = twipsToPoints(m.bottom);
  if (m.left !== undefined) out.leftMargin = twipsToPoints(m.left);
  if (m.right !== undefined) out.rightMargin = twipsToPoints(m.right);
  if (m.header !== undefined) out.headerDistance = twipsToPoints(m.header);
  if (m.footer !== undefined) out.footerDistance = twipsToPoints(m.footer);
  if (m.gutter !== undefined) out.gutter = twipsToPoints(m.gutter);
  return out;
}

export const PAGE_SETUP_PROPS = [
  "orientation",
  "pageWidth",
  "pageHeight",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerDistance",
  "footerDistance",
  "gutter",
] as const;

export type PageSetupValues = Pick<Word.PageSetup, (typeof PAGE_SETUP_PROPS)[number]>;

/** Word.PageSetup values (points) → the model's page setup (twips). */
export function pageFromWord(ps: PageSetupValues): PageSetup {
  return {
    width: pointsToTwips(ps.pageWidth),
    height: pointsToTwips(ps.pageHeight),
    orientation: ps.orientation === "Landscape" ? "landscape" : "portrait",
    margins: {
      top: pointsToTwips(ps.topMargin),
      bottom: pointsToTwips(ps.bottomMargin),
      left: pointsToTwips(ps.leftMargin),
      right: pointsToTwips(ps.rightMargin),
      header: pointsToTwips(ps.headerDistance),
      footer: pointsToTwips(ps.footerDistance),
      gutter: pointsToTwips(ps.gutter),
    },
  };
}
