// What builders produce and the one OOXML writer consumes. Plain data: no OOXML in here.
import type { Alignment, PageSetup, Twips } from "./types";

/** The role a block plays in an administrative document, so writers, previews and tests can find it. */
export type ElementRole =
  | "parent-agency"
  | "agency-name"
  | "national-title"
  | "motto"
  | "doc-number"
  | "place-date"
  | "doc-title"
  | "doc-summary"
  | "vv-summary"
  | "authority"
  | "legal-basis"
  | "recipient-to"
  | "heading"
  | "body"
  | "recipients-title"
  | "recipient"
  | "signature-authority"
  | "signature-title"
  | "signature-name"
  | "signature-space"
  | "ending"
  | "anniversary"
  | "clause"
  | "copy-line"
  | "copy-form";

export interface BlockRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. Falls back to the paragraph's size, then the document's body size. */
  size?: number;
  /** A field instead of text ("PAGE"); `text` is its placeholder result. */
  field?: string;
  /** A placeholder the user must fill: written visibly and findable ("[…]" with a highlight). */
  placeholder?: boolean;
}

export interface BlockParagraph {
  kind: "paragraph";
  runs: BlockRun[];
  role?: ElementRole;
  /** Heading level for numbered headings: 1 = "I.", 2 = "1.", 3 = "1.1.", 4 = "a)", 5 = "-", 6 = "+". */
  headingLevel?: number;
  align?: Alignment;
  /** Paragraph-level default size for its runs (points). */
  size?: number;
  indent?: { left?: Twips; right?: Twips; firstLine?: Twips };
  /** Points. */
  spacingBefore?: number;
  spacingAfter?: number;
  /** Line spacing as a multiple of single (1, 1.15, 1.5). */
  lineSpacing?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /**
   * A solid line under the paragraph's text, drawn as a line shape centred under it.
   * `fraction` is its length relative to the text (1 for the Tiêu ngữ, 1/3–1/2 for the agency name), measured on
   * the longest line, or on the last printed line when `lastLine` is set (an agency name broken over lines).
   */
  lineUnder?: { fraction: number; lastLine?: boolean };
  pageBreakBefore?: boolean;
  /**
   * A solid border drawn by the paragraph itself across its text width (less its indents): "top" or "bottom" for a
   * full-width line (over the bản sao block, over the ô 13 footer), "box" for a frame (độ khẩn, phạm vi lưu hành).
   */
  border?: "top" | "bottom" | "box";
}

export interface BlockCell {
  blocks: BlockParagraph[];
  /** Twips. */
  width: Twips;
  verticalAlign?: "top" | "center" | "bottom";
}

export interface BlockTable {
  kind: "table";
  /** Column widths in twips. */
  columns: Twips[];
  rows: { cells: BlockCell[] }[];
  /** Header and closing tables are borderless. */
  borders: boolean;
  /** "copy": the bản sao block's name, number, form and date (Mẫu 3.1). */
  role?: "header" | "closing" | "data" | "copy";
}

export type Block = BlockParagraph | BlockTable;

/** A whole document for the writer: blocks plus page setup and the page-number header. */
export interface DocumentSpec {
  blocks: Block[];
  page: PageSetup;
  /** Page numbers: centred in the header, Arabic, hidden on the first page. */
  pageNumbers: boolean;
  /** Body font size (13 or 14). */
  bodySize: number;
  /** Core properties. */
  title?: string;
  creator?: string;
}
