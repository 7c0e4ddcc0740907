// Streaming reader for one story part (document body, a header, a footer, footnotes, endnotes).
// It keeps properties as stored (RawPPr/RawRPr); styles are resolved afterwards, so part order does not matter.
import type { CellRef, ParagraphLocation, RunKind, ShapeGeometry } from "../model/types";
import {
  applyPPrChild,
  applyPPrGrandchild,
  applyRPrChild,
  onOff,
  twips,
  type RawPPr,
  type RawRPr,
} from "./props";
import { LIMITS } from "../limits";
import { paragraphTooLong, tooManyParagraphs } from "./errors";
import { ownString, ownValue } from "./own-string";
import { emuToTwips, vmlGeometry } from "./shape-geometry";
import { applyBorderSide, type TableBorderSet } from "./styles";
import type { Attrs, XmlSink } from "./xml";

export type StoryKind = "body" | "header" | "footer" | "footnote" | "endnote";

export interface RawRun {
  kind: RunKind;
  text: string;
  rPr: RawRPr | null;
  fieldCode?: string;
  isLine?: boolean;
  shape?: ShapeGeometry;
}

export interface RawParagraph {
  location: ParagraphLocation;
  part: string;
  pPr: RawPPr;
  markRPr: RawRPr | null;
  runs: RawRun[];
  /** The runs' texts joined, set when the paragraph closes: a string of its own, each run's text cut from it. */
  text: string;
  section: number;
  cell: CellRef | null;
  inTable: boolean;
  /** Style id of the innermost recorded table holding the paragraph, for table-style formatting. */
  tableStyle: string | null;
}

export interface RawSection {
  width: number | null;
  height: number | null;
  orient: string | null;
  margins: Partial<
    Record<"top" | "bottom" | "left" | "right" | "header" | "footer" | "gutter", number>
  > | null;
  titlePage: boolean;
  refs: { kind: "header" | "footer"; type: "default" | "first" | "even"; rId: string }[];
  pageNumberFormat: string | null;
}

export interface RawCell {
  paragraphs: number[];
  width: number | null;
  gridSpan: number;
  borders: TableBorderSet;
}

export interface RawTable {
  index: number;
  depth: number;
  section: number;
  style: string | null;
  borders: TableBorderSet;
  grid: number[];
  rows: RawCell[][];
}

export interface Story {
  part: string;
  kind: StoryKind;
  /**
   * Story-level paragraphs in document order (the body's are Word's body.paragraphs); empty when the reader handed
   * each on as it closed.
   */
  paragraphs: RawParagraph[];
  /** Paragraphs inside text boxes anchored in this story. */
  textboxes: RawParagraph[];
  tables: RawTable[];
  /** Body only: one per w:sectPr, in order. */
  sections: RawSection[];
  hasRevisions: boolean;
}

interface RunCtx {
  rPr: RawRPr | null;
}

interface Field {
  code: string;
  /** "instr" until w:fldChar separate, then "result". */
  state: "instr" | "result";
  emitted: boolean;
}

interface Drawing {
  line: boolean;
  other: boolean;
  /** The outermost anchor's geometry (a line inside a group or canvas takes its container's). */
  shape: ShapeGeometry | null;
  /** While inside wp:positionH/V: the axis, and the text of its wp:posOffset or wp:align. */
  axis: "x" | "y" | null;
  value: "offset" | "align" | null;
  text: string;
}

interface TableCtx {
  table: RawTable | null;
  txbxDepth: number;
}

const SKIPPED = new Set([
  "mc:Fallback",
  "w:del",
  "w:moveFrom",
  "w:rPrChange",
  "w:pPrChange",
  "w:sectPrChange",
  "w:tblPrChange",
  "w:tblPrExChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:numberingChange",
  "w:sdtPr",
  "w:sdtEndPr",
  "w:rt",
  "m:oMathPara",
  "m:oMath",
  "w:fldData",
]);

const REVISIONS = new Set([
  "w:ins",
  "w:del",
  "w:moveFrom",
  "w:moveTo",
  "w:rPrChange",
  "w:pPrChange",
  "w:sectPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:numberingChange",
  "w:cellIns",
  "w:cellDel",
]);

const NOTE_SEPARATORS = new Set(["separator", "continuationSeparator", "continuationNotice"]);

const LINE_GEOMETRIES = new Set(["line", "straightConnector1"]);

export class StoryReader implements XmlSink {
  readonly story: Story;
  private readonly names: string[] = [];
  private skip = 0;
  private readonly paras: RawParagraph[] = [];
  private readonly pendingSect: (RawSection | null)[] = [];
  private readonly runs: RunCtx[] = [];
  private lastRun: RunCtx | null = null;
  private readonly fields: Field[] = [];
  private readonly drawings: Drawing[] = [];
  private readonly tables: TableCtx[] = [];
  private readonly choiceTaken: boolean[] = [];
  private section: RawSection | null = null;
  private txbxDepth = 0;
  private inText = false;
  private inInstr = false;
  private textBuffer = "";
  /** Story-level paragraphs closed so far. */
  private closed = 0;

  /**
   * `onParagraph`, when given, takes each story-level paragraph as it closes (cell, table and section set) instead
   * of the story keeping it: the body's paragraphs are resolved while the part is read and do not outlive it.
   */
  constructor(
    part: string,
    kind: StoryKind,
    private readonly onParagraph?: (p: RawParagraph) => void,
  ) {
    this.story = { part, kind, paragraphs: [], textboxes: [], tables: [], sections: [], hasRevisions: false };
  }

  open(name: string, attrs: Attrs): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (REVISIONS.has(name)) this.story.hasRevisions = true;
    if (SKIPPED.has(name) || this.skipsNote(name, attrs) || this.skipsChoice(name)) {
      this.skip = 1;
      return;
    }
    const parent = this.parentOf();
    this.names.push(name);

    if (this.drawings.length > 0) this.inDrawing(name, attrs);

    switch (name) {
      case "w:p":
        this.paras.push(this.newParagraph());
        this.pendingSect.push(null);
        return;
      case "w:r":
        this.runs.push({ rPr: null });
        return;
      case "w:t":
        if (parent === "w:r") {
          this.inText = true;
          this.textBuffer = "";
        }
        return;
      case "w:instrText":
        if (parent === "w:r") this.inInstr = true;
        return;
      case "w:tbl":
        this.openTable();
        return;
      case "w:tr":
        this.tables[this.tables.length - 1]?.table?.rows.push([]);
        return;
      case "w:gridCol":
        if (parent === "w:tblGrid")
          this.tables[this.tables.length - 1]?.table?.grid.push(twips(attrs["w:w"]) ?? 0);
        return;
      case "w:tc":
        this.currentRow()?.push({ paragraphs: [], width: null, gridSpan: 1, borders: {} });
        return;
      case "w:sectPr":
        if (parent === "w:pPr" || parent === "w:body") this.section = newSection();
        return;
      case "w:txbxContent":
        this.txbxDepth++;
        return;
      case "mc:AlternateContent":
        this.choiceTaken.push(false);
        return;
      case "mc:Choice":
        this.choiceTaken[this.choiceTaken.length - 1] = true;
        return;
      case "w:fldSimple":
        this.fields.push({
          code: ownString((attrs["w:instr"] ?? "").trim()),
          state: "result",
          emitted: false,
        });
        return;
    }

    switch (parent) {
      case "w:pPr":
        if (name !== "w:rPr" && this.paras.length > 0)
          applyPPrChild(this.paras[this.paras.length - 1].pPr, name, attrs);
        return;
      case "w:pBdr":
      case "w:numPr":
      case "w:tabs":
        if (this.grandparent() === "w:pPr" && this.paras.length > 0) {
          applyPPrGrandchild(this.paras[this.paras.length - 1].pPr, parent, name, attrs);
        }
        return;
      case "w:rPr":
        this.runProperty(name, attrs);
        return;
      case "w:r":
        this.runChild(name, attrs);
        return;
      case "w:sectPr":
        if (this.section !== null) sectionChild(this.section, name, attrs);
        return;
      case "w:tblPr":
        if (name === "w:tblStyle") {
          const t = this.tables[this.tables.length - 1]?.table;
          if (t) t.style = attrs["w:val"] ?? null;
        }
        return;
      case "w:tblBorders": {
        const t = this.tables[this.tables.length - 1]?.table;
        if (t && this.grandparent() === "w:tblPr") applyBorderSide(t.borders, name, attrs["w:val"]);
        return;
      }
      case "w:tcPr":
        this.cellProperty(name, attrs);
        return;
      case "w:tcBorders": {
        const cell = this.currentCell();
        if (cell) applyBorderSide(cell.borders, name, attrs["w:val"]);
        return;
      }
    }
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.names.pop();
    if (this.drawings.length > 0) {
      if (name === "wp:posOffset" || name === "wp:align") this.closeAxisValue();
      else if (name === "wp:positionH" || name === "wp:positionV")
        this.drawings[this.drawings.length - 1].axis = null;
    }
    switch (name) {
      case "w:t":
        if (this.inText) {
          this.inText = false;
          this.emit("text", this.textBuffer);
        }
        return;
      case "w:instrText":
        this.inInstr = false;
        return;
      case "w:r":
        this.runs.pop();
        return;
      case "w:p":
        this.closeParagraph();
        return;
      case "w:sectPr":
        this.closeSection();
        return;
      case "w:tbl":
        this.tables.pop();
        return;
      case "w:txbxContent":
        this.txbxDepth--;
        return;
      case "mc:AlternateContent":
        this.choiceTaken.pop();
        return;
      case "w:fldSimple":
        this.closeField();
        return;
      case "w:drawing":
      case "w:pict":
      case "w:object": {
        const d = this.drawings.pop();
        if (d) this.emit("drawing", "", d.line && !d.other, d.shape);
        return;
      }
    }
  }

  text(text: string): void {
    const d = this.drawings.length > 0 ? this.drawings[this.drawings.length - 1] : undefined;
    if (d !== undefined && d.value !== null) d.text += text;
    else if (this.inText) this.textBuffer += text;
    else if (this.inInstr && this.fields.length > 0) this.fields[this.fields.length - 1].code += text;
  }

  /** The element that owns the next child, seen through mc:AlternateContent/mc:Choice wrappers (Word writes
   * `w:r > mc:AlternateContent > mc:Choice > w:drawing` for every shape since Word 2010). */
  private parentOf(): string {
    for (let i = this.names.length - 1; i >= 0; i--) {
      const n = this.names[i];
      if (n !== "mc:AlternateContent" && n !== "mc:Choice") return n;
    }
    return "";
  }

  private grandparent(): string {
    return this.names.length >= 3 ? this.names[this.names.length - 3] : "";
  }

  private skipsNote(name: string, attrs: Attrs): boolean {
    return (name === "w:footnote" || name === "w:endnote") && NOTE_SEPARATORS.has(attrs["w:type"] ?? "");
  }

  /** mc:AlternateContent is read once: its first Choice; later Choices and the Fallback are skipped. */
  private skipsChoice(name: string): boolean {
    return (
      name === "mc:Choice" && this.choiceTaken.length > 0 && this.choiceTaken[this.choiceTaken.length - 1]
    );
  }

  private location(): ParagraphLocation {
    return this.txbxDepth > 0 ? "textbox" : this.story.kind;
  }

  private newParagraph(): RawParagraph {
    return {
      location: this.location(),
      part: this.story.part,
      pPr: {},
      markRPr: null,
      runs: [],
      text: "",
      section: this.story.sections.length,
      cell: null,
      inTable: false,
      tableStyle: null,
    };
  }

  private runProperty(name: string, attrs: Attrs): void {
    const owner = this.grandparent();
    if (owner === "w:r" && this.runs.length > 0) {
      const run = this.runs[this.runs.length - 1];
      applyRPrChild((run.rPr ??= {}), name, attrs);
    } else if (owner === "w:pPr" && this.paras.length > 0) {
      const p = this.paras[this.paras.length - 1];
      applyRPrChild((p.markRPr ??= {}), name, attrs);
    }
  }

  private runChild(name: string, attrs: Attrs): void {
    switch (name) {
      case "w:tab":
      case "w:ptab":
        this.emit("tab", "\t");
        return;
      case "w:br":
      case "w:cr":
        this.emit("break", "\n");
        return;
      case "w:noBreakHyphen":
        this.emit("text", "\u2011");
        return;
      case "w:softHyphen":
        this.emit("text", "\u00ad");
        return;
      case "w:sym": {
        const code = parseInt(attrs["w:char"] ?? "", 16);
        this.emit("symbol", Number.isFinite(code) ? String.fromCharCode(code) : "");
        return;
      }
      case "w:footnoteReference":
      case "w:endnoteReference":
        this.emit("footnoteRef", "");
        return;
      case "w:fldChar":
        this.fieldChar(attrs["w:fldCharType"]);
        return;
      case "w:drawing":
      case "w:pict":
      case "w:object":
        this.drawings.push({ line: false, other: false, shape: null, axis: null, value: null, text: "" });
        return;
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === "begin") {
      this.fields.push({ code: "", state: "instr", emitted: false });
    } else if (type === "separate") {
      const f = this.fields[this.fields.length - 1];
      if (f) {
        f.state = "result";
        f.code = ownString(f.code.trim());
      }
    } else if (type === "end") {
      this.closeField();
    }
  }

  private closeField(): void {
    const f = this.fields.pop();
    if (f === undefined) return;
    const code = ownString(f.code.trim());
    if (!f.emitted && code !== "" && this.paras.length > 0)
      this.push({ kind: "field", text: "", rPr: null, fieldCode: code });
  }

  /** Inside w:drawing / w:pict: tell straight lines from other shapes, pictures and text boxes; keep where the
   * outermost shape is anchored and how large it is. */
  private inDrawing(name: string, attrs: Attrs): void {
    const d = this.drawings[this.drawings.length - 1];
    switch (name) {
      case "wp:anchor":
      case "wp:inline":
        d.shape ??= { floating: name === "wp:anchor", width: 0, height: 0 };
        return;
      case "wp:positionH":
      case "wp:positionV": {
        const axis = name === "wp:positionH" ? "x" : "y";
        if (d.shape !== null && d.shape[axis] === undefined) {
          d.axis = axis;
          d.shape[axis] = {
            from: ownValue(attrs["relativeFrom"]) ?? (axis === "x" ? "column" : "paragraph"),
          };
        }
        return;
      }
      case "wp:posOffset":
      case "wp:align":
        if (d.axis !== null) {
          d.value = name === "wp:posOffset" ? "offset" : "align";
          d.text = "";
        }
        return;
      case "wp:extent":
        if (d.shape !== null && d.shape.width === 0 && d.shape.height === 0) {
          d.shape.width = emuToTwips(attrs["cx"]) ?? 0;
          d.shape.height = emuToTwips(attrs["cy"]) ?? 0;
        }
        return;
      case "a:prstGeom":
        if (LINE_GEOMETRIES.has(attrs["prst"] ?? "")) d.line = true;
        else d.other = true;
        return;
      case "a:custGeom":
      case "pic:pic":
      case "w:txbxContent":
      case "v:rect":
      case "v:roundrect":
      case "v:oval":
      case "v:imagedata":
        d.other = true;
        return;
      case "v:line":
        d.line = true;
        d.shape ??= vmlGeometry(name, attrs);
        return;
      case "v:shape":
        if (attrs["o:connectortype"] === "straight" || attrs["type"] === "#_x0000_t32") {
          d.line = true;
          d.shape ??= vmlGeometry(name, attrs);
        } else d.other = true;
        return;
    }
  }

  /** End of wp:posOffset or wp:align: store the value on the axis being read. */
  private closeAxisValue(): void {
    const d = this.drawings[this.drawings.length - 1];
    const axis = d.axis === null ? undefined : d.shape?.[d.axis];
    if (axis !== undefined && d.value !== null) {
      if (d.value === "offset") axis.offset = emuToTwips(d.text.trim());
      else axis.align = ownString(d.text.trim());
    }
    d.value = null;
    d.text = "";
  }

  private emit(kind: RunKind, text: string, isLine?: boolean, shape?: ShapeGeometry | null): void {
    if (this.paras.length === 0) return;
    const field = this.fields.length > 0 ? this.fields[this.fields.length - 1] : undefined;
    if (field !== undefined && field.state === "instr") return;
    const run: RawRun = {
      kind,
      text,
      rPr: this.runs.length > 0 ? this.runs[this.runs.length - 1].rPr : null,
    };
    if (field !== undefined && kind === "text") {
      run.kind = "field";
      run.fieldCode = field.code;
      field.emitted = true;
    }
    if (isLine) run.isLine = true;
    if (isLine && shape) run.shape = shape;
    this.push(run);
  }

  private push(run: RawRun): void {
    const p = this.paras[this.paras.length - 1];
    const ctx = this.runs.length > 0 ? this.runs[this.runs.length - 1] : null;
    if (run.rPr === null && ctx !== null) run.rPr = ctx.rPr;
    const last = p.runs.length > 0 ? p.runs[p.runs.length - 1] : undefined;
    // Adjacent text of the same w:r (or the same field result) joins one run.
    if (
      last !== undefined &&
      ctx !== null &&
      this.lastRun === ctx &&
      last.kind === run.kind &&
      (run.kind === "text" || (run.kind === "field" && last.fieldCode === run.fieldCode))
    ) {
      last.text += run.text;
      return;
    }
    this.lastRun = ctx;
    p.runs.push(run);
  }

  private closeParagraph(): void {
    const p = this.paras.pop();
    const sect = this.pendingSect.pop() ?? null;
    if (p === undefined) return;
    this.lastRun = null;
    this.joinTexts(p);
    this.enforceLimits(p);
    const tableCtx = this.tables.length > 0 ? this.tables[this.tables.length - 1] : undefined;
    const inTable = tableCtx !== undefined && tableCtx.txbxDepth === this.txbxDepth;
    if (inTable) {
      p.inTable = true;
      p.tableStyle = this.tableStyle();
    }
    if (p.location === "textbox") {
      this.story.textboxes.push(p);
    } else {
      const position = this.closed++;
      const table = inTable ? tableCtx.table : null;
      const cell = this.currentCell();
      if (table !== null && cell !== undefined) {
        const row = table.rows.length - 1;
        p.cell = { table: table.index, row, col: table.rows[row].length - 1 };
        cell.paragraphs.push(position);
      }
      if (this.onParagraph === undefined) this.story.paragraphs.push(p);
      else this.onParagraph(p);
    }
    if (sect !== null && p.location === "body") this.story.sections.push(sect);
  }

  /** The paragraph's text in one string of its own (see own-string.ts), the runs' texts cut from it. */
  private joinTexts(p: RawParagraph): void {
    let joined = "";
    for (const run of p.runs) joined += run.text;
    const text = ownString(joined);
    let at = 0;
    for (const run of p.runs) {
      const end = at + run.text.length;
      run.text = text.slice(at, end);
      at = end;
    }
    p.text = text;
  }

  private enforceLimits(p: RawParagraph): void {
    if (this.closed + this.story.textboxes.length >= LIMITS.paragraphs)
      throw tooManyParagraphs(this.story.part, LIMITS.paragraphs);
    if (p.text.length > LIMITS.paragraphChars) throw paragraphTooLong(this.story.part, LIMITS.paragraphChars);
  }

  private closeSection(): void {
    const sect = this.section;
    this.section = null;
    if (sect === null) return;
    const parent = this.names.length > 0 ? this.names[this.names.length - 1] : "";
    if (parent === "w:pPr" && this.pendingSect.length > 0)
      this.pendingSect[this.pendingSect.length - 1] = sect;
    else if (parent === "w:body") this.story.sections.push(sect);
  }

  private openTable(): void {
    const record = this.story.kind === "body" && this.txbxDepth === 0;
    const depth = this.tables.filter((t) => t.table !== null).length;
    const table: RawTable | null = record
      ? {
          index: this.story.tables.length,
          depth,
          section: this.story.sections.length,
          style: null,
          borders: {},
          grid: [],
          rows: [],
        }
      : null;
    if (table !== null) this.story.tables.push(table);
    this.tables.push({ table, txbxDepth: this.txbxDepth });
  }

  private tableStyle(): string | null {
    for (let i = this.tables.length - 1; i >= 0; i--) {
      const t = this.tables[i].table;
      if (t !== null) return t.style;
    }
    return null;
  }

  private currentRow(): RawCell[] | undefined {
    const t = this.tables.length > 0 ? this.tables[this.tables.length - 1].table : null;
    return t === null || t.rows.length === 0 ? undefined : t.rows[t.rows.length - 1];
  }

  private currentCell(): RawCell | undefined {
    const row = this.currentRow();
    return row === undefined || row.length === 0 ? undefined : row[row.length - 1];
  }

  private cellProperty(name: string, attrs: Attrs): void {
    const cell = this.currentCell();
    if (cell === undefined) return;
    if (name === "w:gridSpan") {
      const n = parseInt(attrs["w:val"] ?? "1", 10);
      if (Number.isFinite(n) && n > 0) cell.gridSpan = n;
    } else if (name === "w:tcW" && (attrs["w:type"] ?? "dxa") === "dxa") {
      cell.width = twips(attrs["w:w"]);
    }
  }
}

/** A section with nothing set: Word's defaults apply. */
export function newSection(): RawSection {
  return {
    width: null,
    height: null,
    orient: null,
    margins: null,
    titlePage: false,
    refs: [],
    pageNumberFormat: null,
  };
}

const REF_TYPES = new Set(["default", "first", "even"]);

function sectionChild(s: RawSection, name: string, attrs: Attrs): void {
  switch (name) {
    case "w:pgSz":
      s.width = twips(attrs["w:w"]);
      s.height = twips(attrs["w:h"]);
      s.orient = ownValue(attrs["w:orient"]) ?? null;
      return;
    case "w:pgMar": {
      const m: NonNullable<RawSection["margins"]> = {};
      for (const side of ["top", "bottom", "left", "right", "header", "footer", "gutter"] as const) {
        const v = twips(attrs[`w:${side}`]);
        if (v !== null) m[side] = Math.abs(v);
      }
      s.margins = m;
      return;
    }
    case "w:titlePg":
      s.titlePage = onOff(attrs);
      return;
    case "w:headerReference":
    case "w:footerReference": {
      const type = attrs["w:type"] ?? "default";
      const rId = attrs["r:id"];
      if (rId !== undefined && REF_TYPES.has(type)) {
        s.refs.push({
          kind: name === "w:headerReference" ? "header" : "footer",
          type: type as "default" | "first" | "even",
          rId,
        });
      }
      return;
    }
    case "w:pgNumType":
      s.pageNumberFormat = ownValue(attrs["w:fmt"]) ?? null;
      return;
  }
}
