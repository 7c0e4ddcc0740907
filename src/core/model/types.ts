// The document model every host produces and every rule reads.
// Lengths are twips (1/20 pt; 1 mm = 56.6929 twips) unless a name says otherwise; font sizes are points.

export type Twips = number;

export type Alignment = "left" | "center" | "right" | "both" | "distribute";

/** Effective (resolved) formatting of a run: document defaults → styles → paragraph mark style → run. */
export interface RunFormat {
  /** Font that renders the run's text (ascii/hAnsi slot, theme fonts resolved), or null when unknown. */
  font: string | null;
  /** Fonts of the other slots when they differ, for diagnostics. */
  fontEastAsia?: string | null;
  fontComplex?: string | null;
  /** Size in points, or null when unknown. */
  size: number | null;
  bold: boolean;
  italic: boolean;
  /** w:u value ("single", "double", …) or null when not underlined. */
  underline: string | null;
  /** "auto" or an upper-case 6-digit hex colour such as "000000". */
  color: string;
  allCaps: boolean;
  smallCaps: boolean;
  strike: boolean;
  /** Superscript/subscript. */
  vertAlign: "baseline" | "superscript" | "subscript";
  /** Highlight colour name, or null. */
  highlight: string | null;
  /** Hidden text (w:vanish): set only when true. */
  hidden?: boolean;
}

export type RunKind = "text" | "tab" | "break" | "field" | "footnoteRef" | "drawing" | "symbol";

export interface Run {
  kind: RunKind;
  /** Text exactly as stored (no normalisation). Tabs are "\t", line breaks "\n". Field results are their shown text. */
  text: string;
  /** Offset of this run's text in its paragraph's `text`. */
  start: number;
  format: RunFormat;
  /** For kind "field": the field instruction ("PAGE", "NUMPAGES"…). */
  fieldCode?: string;
  /** For kind "drawing": true when the drawing is a straight line shape (a "line under" an element). */
  isLine?: boolean;
  /** For kind "drawing": where the shape is drawn, when the file says (DrawingML anchor/inline or VML style). */
  shape?: ShapeGeometry;
}

/** One axis of a shape's position: what it is measured from (wp:positionH/V relativeFrom) and the offset or alignment. */
export interface ShapeAxis {
  /** "column", "margin", "page", "character", "paragraph", "line", "topMargin"…, as stored. */
  from: string;
  offset?: Twips;
  /** "left", "center", "right", "top", "bottom"…, when the shape is aligned instead of offset. */
  align?: string;
}

/** Position and size of a drawn shape; offsets are from the anchor the axis names, in twips. */
export interface ShapeGeometry {
  /** Floating (wp:anchor, VML position:absolute) rather than inline in the text. */
  floating: boolean;
  x?: ShapeAxis;
  y?: ShapeAxis;
  width: Twips;
  height: Twips;
}

export interface Indent {
  left: Twips;
  right: Twips;
  /** Positive first-line indent; a hanging indent is negative. */
  firstLine: Twips;
}

export interface Spacing {
  before: Twips;
  after: Twips;
  /** Line spacing: for lineRule "auto" in 240ths of a line (240 = single); else twips. */
  line: number;
  lineRule: "auto" | "exact" | "atLeast";
  beforeAutospacing?: boolean;
  afterAutospacing?: boolean;
}

export interface ParagraphBorders {
  top: boolean;
  bottom: boolean;
  /** Left and right sides: with top and bottom, a frame around the paragraph (độ mật, độ khẩn). */
  left?: boolean;
  right?: boolean;
}

export interface ListInfo {
  numId: number;
  level: number;
  /** The label Word shows for this paragraph, computed from numbering.xml ("I.", "1.", "a)", "-"). */
  label: string;
  /** w:numFmt of that level ("upperRoman", "decimal", "lowerLetter", "bullet"…). */
  format: string;
}

export interface ParagraphFormat {
  styleId: string | null;
  styleName: string | null;
  alignment: Alignment;
  indent: Indent;
  spacing: Spacing;
  borders: ParagraphBorders;
  outlineLevel: number | null;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
}

export type ParagraphLocation = "body" | "header" | "footer" | "textbox" | "footnote" | "endnote" | "comment";

export interface CellRef {
  table: number;
  row: number;
  col: number;
}

export interface Paragraph {
  /**
   * 0-based index as Word's body.paragraphs counts them (document order, table cells included,
   * text boxes excluded); null for paragraphs outside the body (headers, footers, text boxes, notes).
   */
  index: number | null;
  /** Stable position in `DocModel.paragraphs` (all locations). */
  id: number;
  location: ParagraphLocation;
  /** Section this paragraph belongs to (body), or the section whose header/footer holds it. */
  section: number;
  /** Part name for non-body paragraphs ("word/header1.xml"). */
  part?: string;
  /** Concatenated text of the runs (list labels not included). */
  text: string;
  runs: Run[];
  format: ParagraphFormat;
  /** Resolved formatting of the paragraph mark (used for empty paragraphs). */
  markFormat: RunFormat;
  list: ListInfo | null;
  cell: CellRef | null;
}

export interface TableCell {
  /** Ids (`Paragraph.id`) of the paragraphs in this cell, in order. */
  paragraphs: number[];
  width: Twips | null;
  gridSpan: number;
  /** True when the cell draws any visible border. */
  hasBorders: boolean;
}

export interface TableRow {
  cells: TableCell[];
}

export interface Table {
  index: number;
  rows: TableRow[];
  /** True when the table or any cell draws visible borders. */
  hasBorders: boolean;
  /** Nesting depth: 0 for a table in the body. */
  depth: number;
  section: number;
  /** Column widths of the table grid (w:tblGrid), on which Word lays out the cells; empty when not given. */
  grid: Twips[];
}

export interface PageSetup {
  width: Twips;
  height: Twips;
  orientation: "portrait" | "landscape";
  margins: {
    top: Twips;
    bottom: Twips;
    left: Twips;
    right: Twips;
    header: Twips;
    footer: Twips;
    gutter: Twips;
  };
}

export interface HeaderFooterRef {
  kind: "header" | "footer";
  type: "default" | "first" | "even";
  part: string;
}

export interface PageNumberField {
  /** Where the field sits. */
  kind: "header" | "footer" | "body";
  type: "default" | "first" | "even";
  part: string;
  /** Alignment of the paragraph holding the field. */
  alignment: Alignment;
  /** Number format of the section (w:pgNumType/@w:fmt), "decimal" when absent. */
  format: string;
  /** Paragraph id (`Paragraph.id`) of the paragraph holding the field. */
  paragraph: number;
}

export interface Section {
  index: number;
  /** Null when page setup could not be read (the finding then says "không kiểm tra được"). */
  page: PageSetup | null;
  titlePage: boolean;
  headerFooter: HeaderFooterRef[];
  pageNumbers: PageNumberField[];
  /** A header/footer paragraph that shows a literal number instead of a PAGE field ("1"). */
  literalPageNumbers: number[];
  /** Range of body paragraph indexes (`Paragraph.index`) in this section, inclusive; -1 when empty. */
  firstParagraph: number;
  lastParagraph: number;
}

export interface DocMeta {
  source: "docx" | "flat-opc" | "memory";
  /** w:trackRevisions in settings, or revisions present. */
  trackChanges: boolean;
  hasRevisions: boolean;
  /** w:documentProtection present and enforced. */
  protected: boolean;
  /** A digital signature part is present. */
  signed: boolean;
  /** Size of word/document.xml uncompressed, in bytes (0 when unknown). */
  documentXmlBytes: number;
  /**
   * Where a host's read took the page setup from: Word's PageSetup API, the saved file's bytes (checked to match
   * the text on screen), or nowhere (sections' `page` is null). Absent when the model was read from a file.
   */
  pageSetupFrom?: "word" | "file" | "unknown";
}

export interface DocModel {
  meta: DocMeta;
  sections: Section[];
  /**
   * Every paragraph: body paragraphs first, in Word's body.paragraphs order (so `paragraphs[i].index === i`
   * for i < bodyCount), then headers, footers, text boxes and notes with `index: null`.
   */
  paragraphs: Paragraph[];
  bodyCount: number;
  tables: Table[];
}
