// A counting fake of the Word JavaScript API: calls are queued and run at context.sync() in order, loaded
// properties throw until a sync has filled them (as in Office.js), and every sync is counted. Where Word is
// documented to surprise, the fake does too, each behaviour behind a switch (`WordBehaviour`) citing its source;
// docs/word-behaviour.md lists them and how the adapter meets each. Paragraph texts are kept in the reader's form
// ("\n" for a manual line break) and reported the way Word reports them.
import type { OfficeApi, WordApis } from "../../../src/host/word/office-api";
import { flatOpc } from "../../../src/core/ooxml/writer/flat-opc";
import { CONTENT_TYPE, REL, documentXml, relsXml } from "../../../src/core/ooxml/writer/parts";
import { esc } from "../../../src/core/ooxml/writer/xml";
import { PARAGRAPH_FORMAT_PROPS } from "../../../src/host/word/word-format";

/** Documented Word behaviours, each a switch of the fake. */
export interface WordBehaviour {
  /**
   * Paragraph.text reports a manual line break as "\v" (office-js issues #4275, #1755: "\v" is Word's manual
   * line break in text it reads and writes).
   */
  lineBreakAsVt: boolean;
  /**
   * Text deleted with track changes on stays in Paragraph.text (office-js issues #1267, #5286: Word on the web,
   * and desktop with inline markup).
   */
  trackedDeletionsInText: boolean;
  /**
   * insertOoxml: the last inserted paragraph takes the properties of the paragraph it lands in (office-js
   * issues #2914, #6904; Word on the web and Mac).
   */
  mergeLastParagraph: boolean;
  /**
   * getFileAsync slice limit in bytes (Office.Document.getFileAsync reference): 4 MB, and 64 KB on the iPad, where
   * a larger slice size "will result in an 'Internal Error' failure".
   */
  maxSliceSize: number;
  /**
   * getFileAsync fails: Word on the web, error 11001 "A network problem has prevented retrieval of the file"
   * (office-js #6747, #6748), and documents on third-party WOPI hosts (#6743).
   */
  fileFails: boolean;
  /**
   * Search refuses a query over 255 characters (Word.Body.search reference: "Can be a maximum of 255
   * characters") and finds straight and curly quotes for each other (Word's Find; no Office.js page says so).
   */
  searchLikeWord: boolean;
}

export const WORD_DEFAULTS: WordBehaviour = {
  lineBreakAsVt: false,
  trackedDeletionsInText: false,
  mergeLastParagraph: false,
  maxSliceSize: 4 * 1024 * 1024,
  fileFails: false,
  searchLikeWord: false,
};

export interface FakeParagraph {
  text: string;
  /** Where Word keeps it: body text or a table cell (both are in body.paragraphs). */
  inTable?: boolean;
  props: Record<string, unknown>;
  font: Record<string, unknown>;
  /** Fonts set on character spans. */
  spans: { start: number; end: number; font: Record<string, unknown> }[];
  comments: { start: number; end: number; text: string }[];
  /**
   * What the paragraph holds besides its text: Word reports "" for a paragraph holding only a picture, a shape
   * anchor or a section break (Word.Paragraph.text), yet its OOXML has them.
   */
  hidden?: "picture" | "sectionBreak";
  /** Tags of the content controls the paragraph is in. */
  controls?: string[];
  /** The paragraph is a list item (Paragraph.listItemOrNullObject, detachFromList). */
  listItem?: boolean;
}

export interface FakeDocument {
  paragraphs: FakeParagraph[];
  sections: { pageSetup: Record<string, unknown> }[];
  changeTrackingMode: string;
  /** Tracking mode in force at each text change. */
  textChanges: { text: string; mode: string }[];
  selection: { paragraph: number; start: number; end: number } | null;
  opened: string[];
  /** Insertions leave one empty paragraph after the inserted ones, as Word does in some cases. */
  strayOnInsert: boolean;
  /** The story the cursor is in (Word.BodyType of Range.parentBody): "MainDoc", "Header", "Shape"… */
  selectionStory: string;
  behaviour: WordBehaviour;
  /** Content controls, by the paragraphs they hold. */
  controls: { tag: string; appearance: string; paras: FakeParagraph[] }[];
  /** Paragraph.getOoxml() calls: each gives a whole package, which Word builds at a cost. */
  paragraphOoxmlReads: number;
}

export const para = (text: string, extra: Partial<FakeParagraph> = {}): FakeParagraph => ({
  text,
  props: {},
  font: {},
  spans: [],
  comments: [],
  ...extra,
});

export function fakeDocument(paragraphs: FakeParagraph[], sections = 1): FakeDocument {
  return {
    paragraphs,
    sections: Array.from({ length: sections }, () => ({
      pageSetup: {
        orientation: "Portrait",
        pageWidth: 595.3,
        pageHeight: 841.9,
        topMargin: 56.7,
        bottomMargin: 56.7,
        leftMargin: 85.05,
        rightMargin: 42.5,
        headerDistance: 36,
        footerDistance: 36,
        gutter: 0,
      },
    })),
    changeTrackingMode: "Off",
    textChanges: [],
    selection: null,
    opened: [],
    strayOnInsert: true,
    selectionStory: "MainDoc",
    behaviour: { ...WORD_DEFAULTS },
    controls: [],
    paragraphOoxmlReads: 0,
  };
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what}`);
  }
}

type Target =
  | { kind: "para"; p: FakeParagraph }
  | { kind: "range"; p: FakeParagraph; start: number; end: number }
  | { kind: "paras"; ps: FakeParagraph[] }
  | null;

class Ctx {
  queue: (() => void)[] = [];
  syncs = 0;
  constructor(
    readonly doc: FakeDocument,
    readonly sets: Set<string>,
  ) {}
  get controls(): FakeControl[] {
    return this.doc.controls;
  }
  /** A text as Word reports it. */
  reported(text: string): string {
    return this.doc.behaviour.lineBreakAsVt ? text.replace(/\n/g, "\v") : text;
  }
  /** body.paragraphs: below WordApi 1.3, paragraphs in tables are left out (Word.Body.paragraphs reference). */
  bodyParagraphs(): FakeParagraph[] {
    return this.sets.has("WordApi 1.3") ? this.doc.paragraphs : this.doc.paragraphs.filter((p) => !p.inTable);
  }
  enqueue(op: () => void): void {
    this.queue.push(op);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) op();
  }
}

/** A value that a sync fills. */
class Loaded<T> {
  private has = false;
  private v: T | undefined;
  constructor(private readonly what: string) {}
  set(value: T): void {
    this.v = value;
    this.has = true;
  }
  get(): T {
    if (!this.has) throw new NotLoaded(this.what);
    return this.v as T;
  }
}

class ClientResult<T> {
  private readonly cell: Loaded<T>;
  constructor(ctx: Ctx, compute: () => T) {
    this.cell = new Loaded<T>("ClientResult.value");
    ctx.enqueue(() => this.cell.set(compute()));
  }
  get value(): T {
    return this.cell.get();
  }
}

const OOXML_PARA = "FAKE-PARAGRAPH:";
const OOXML_BLOCKS = "FAKE-BLOCKS:";

/** A built block as the tests' stand-in writer gives it: its text, or its text and paragraph properties. */
export type FakeBlock = string | { text: string; props?: Record<string, unknown> };

function paragraphsFromOoxml(ooxml: string): FakeParagraph[] {
  if (ooxml.startsWith(OOXML_PARA)) {
    const { ooxml: _markup, ...p } = JSON.parse(ooxml.slice(OOXML_PARA.length)) as FakeParagraph & {
      ooxml: string;
    };
    return [p];
  }
  if (ooxml.startsWith(OOXML_BLOCKS))
    return (JSON.parse(ooxml.slice(OOXML_BLOCKS.length)) as FakeBlock[]).map((b) =>
      typeof b === "string" ? para(b) : para(b.text, { props: { ...b.props } }),
    );
  throw new Error("fake insertOoxml: unknown package");
}

/** A paragraph's package: the fake's JSON, with the markup of what its text does not show. */
function paragraphOoxml(p: FakeParagraph): string {
  const inside =
    p.hidden === "picture"
      ? "<w:r><w:drawing/></w:r>"
      : p.hidden === "sectionBreak"
        ? "<w:pPr><w:sectPr></w:sectPr></w:pPr>"
        : "";
  const markup = `<w:body><w:p>${inside}</w:p><w:sectPr><w:pgSz/></w:sectPr></w:body>`;
  return OOXML_PARA + JSON.stringify({ ...p, ooxml: markup });
}

/** One paragraph's runs: text, with "\n" as a manual line break and "\t" as a tab. */
function runsXml(text: string): string {
  return text
    .split(/(\n|\t)/)
    .filter((piece) => piece !== "")
    .map((piece) =>
      piece === "\n"
        ? "<w:r><w:br/></w:r>"
        : piece === "\t"
          ? "<w:r><w:tab/></w:r>"
          : `<w:r><w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`,
    )
    .join("");
}

/**
 * body.getOoxml(): a real flat OPC package of the body, so the host reads it with the one reader. Paragraphs in
 * tables become one-column tables, a row each; a section break is a sectPr in the paragraph's properties.
 */
function bodyPackage(paragraphs: FakeParagraph[]): string {
  const xml = (q: FakeParagraph) =>
    `<w:p>${q.hidden === "sectionBreak" ? "<w:pPr><w:sectPr/></w:pPr>" : ""}${runsXml(q.text)}</w:p>`;
  let body = "";
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i].inTable) {
      body += xml(paragraphs[i]);
      continue;
    }
    let rows = "";
    for (; i < paragraphs.length && paragraphs[i].inTable; i++)
      rows += `<w:tr><w:tc>${xml(paragraphs[i])}</w:tc></w:tr>`;
    i--;
    body += `<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>${rows}</w:tbl>`;
  }
  return flatOpc([
    {
      name: "/_rels/.rels",
      contentType: CONTENT_TYPE.rels,
      xml: relsXml([{ id: "rId1", type: REL.officeDocument, target: "word/document.xml" }]),
    },
    { name: "/word/document.xml", contentType: CONTENT_TYPE.document, xml: documentXml(body) },
  ]);
}

/** The last inserted paragraph takes the properties of the paragraph it landed in (WordBehaviour). */
function mergeInto(ctx: Ctx, inserted: FakeParagraph[], target: FakeParagraph | undefined): void {
  const last = inserted[inserted.length - 1];
  if (!ctx.doc.behaviour.mergeLastParagraph || !last || !target) return;
  last.props = { ...target.props };
  last.listItem = target.listItem;
}

/** Base of objects standing for a place in the document, resolved in queue order. */
class Obj {
  protected target: Target = null;
  protected resolved = false;
  constructor(
    protected readonly ctx: Ctx,
    resolve: () => Target,
  ) {
    ctx.enqueue(() => {
      this.target = resolve();
      this.resolved = true;
    });
  }
  t(): NonNullable<Target> {
    if (!this.target) throw new Error("fake: object used before it exists (or null object)");
    return this.target;
  }
  protected paras(): FakeParagraph[] {
    const t = this.t();
    return t.kind === "paras" ? t.ps : [t.p];
  }
  protected index(p: FakeParagraph): number {
    return this.ctx.doc.paragraphs.indexOf(p);
  }
}

class Font {
  constructor(
    private readonly ctx: Ctx,
    private readonly owner: () => NonNullable<Target>,
  ) {}
  set(values: Record<string, unknown>): void {
    this.ctx.enqueue(() => {
      const t = this.owner();
      if (t.kind === "range") t.p.spans.push({ start: t.start, end: t.end, font: { ...values } });
      else for (const p of t.kind === "para" ? [t.p] : t.ps) Object.assign(p.font, values);
    });
  }
}

class Range extends Obj {
  private readonly textCell = new Loaded<string>("Range.text");
  get text(): string {
    return this.textCell.get();
  }
  get font(): Font {
    return new Font(this.ctx, () => this.t());
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx, () => this.paras());
  }
  load(): this {
    this.ctx.enqueue(() => {
      const t = this.t();
      this.textCell.set(
        this.ctx.reported(
          t.kind === "range"
            ? t.p.text.slice(t.start, t.end)
            : this.paras()
                .map((p) => p.text)
                .join("\r"),
        ),
      );
    });
    return this;
  }
  insertText(text: string, where: "Replace" | "Start" | "End"): void {
    this.ctx.enqueue(() => {
      const t = this.t();
      if (t.kind !== "range") throw new Error("fake: insertText on a multi-paragraph range");
      const [a, b] =
        where === "Replace" ? [t.start, t.end] : where === "Start" ? [t.start, t.start] : [t.end, t.end];
      const tracked = this.ctx.doc.changeTrackingMode === "TrackAll";
      // Tracked: the deleted text stays in the paragraph's text, before the inserted text (WordBehaviour).
      const kept = tracked && this.ctx.doc.behaviour.trackedDeletionsInText ? t.p.text.slice(a, b) : "";
      t.p.text = t.p.text.slice(0, a) + kept + text + t.p.text.slice(b);
      this.ctx.doc.textChanges.push({ text, mode: this.ctx.doc.changeTrackingMode });
    });
  }
  expandTo(other: Range): Range {
    return new Range(this.ctx, () => {
      const a = this.t();
      const b = other.t();
      if (a.kind !== "range" || b.kind !== "range") throw new Error("fake: expandTo of paragraph ranges");
      if (a.p === b.p)
        return { kind: "range", p: a.p, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
      const [i, j] = [this.index(a.p), this.index(b.p)].sort((x, y) => x - y);
      return { kind: "paras", ps: this.ctx.doc.paragraphs.slice(i, j + 1) };
    });
  }
  getRange(where: "Start"): Range {
    return new Range(this.ctx, () => {
      const t = this.t();
      if (where !== "Start") throw new Error("fake: getRange supports Start");
      return t.kind === "range"
        ? { kind: "range", p: t.p, start: t.start, end: t.start }
        : { kind: "range", p: this.paras()[0], start: 0, end: 0 };
    });
  }
  insertComment(text: string): void {
    this.ctx.enqueue(() => {
      const t = this.t();
      if (t.kind === "range") t.p.comments.push({ start: t.start, end: t.end, text });
      else for (const p of this.paras()) p.comments.push({ start: 0, end: p.text.length, text });
    });
  }
  insertOoxml(ooxml: string, where: "Replace"): Range {
    let inserted: FakeParagraph[] = [];
    this.ctx.enqueue(() => {
      const t = this.t();
      if (t.kind !== "range" || where !== "Replace") throw new Error("fake: selection insert");
      const at = this.index(t.p);
      const head = t.p.text.slice(0, t.start);
      const tail = t.p.text.slice(t.end);
      inserted = paragraphsFromOoxml(ooxml);
      const rest = [para(head), ...inserted, para(tail)].filter(
        (p, i, all) => p.text !== "" || (i > 0 && i < all.length - 1),
      );
      this.ctx.doc.paragraphs.splice(at, 1, ...rest);
    });
    return new Range(this.ctx, () => ({ kind: "paras", ps: inserted }));
  }
  insertContentControl(): ContentControl {
    const record: FakeControl = { tag: "", appearance: "", paras: [] };
    this.ctx.enqueue(() => {
      record.paras = this.paras();
      this.ctx.controls.push(record);
    });
    return new ContentControl(this.ctx, () => record);
  }
  get parentBody(): FakeBody {
    return new FakeBody(this.ctx, this.ctx.doc.selectionStory);
  }
  select(): void {
    this.ctx.enqueue(() => {
      const t = this.t();
      const p = t.kind === "paras" ? t.ps[0] : t.p;
      const [start, end] = t.kind === "range" ? [t.start, t.end] : [0, p.text.length];
      this.ctx.doc.selection = { paragraph: this.index(p), start, end };
    });
  }
  getOoxml(): ClientResult<string> {
    return new ClientResult(this.ctx, () => {
      const t = this.t();
      if (t.kind === "range") return OOXML_BLOCKS + JSON.stringify([t.p.text.slice(t.start, t.end)]);
      return OOXML_BLOCKS + JSON.stringify(this.paras().map((p) => p.text));
    });
  }
}

/** Range.parentBody: its story type; a table cell's body has the main body as parent. */
class FakeBody {
  private readonly typeCell = new Loaded<string>("Body.type");
  isNullObject = false;
  constructor(
    private readonly ctx: Ctx,
    private readonly story: string | null,
  ) {}
  get type(): string {
    return this.typeCell.get();
  }
  get parentBodyOrNullObject(): FakeBody {
    return new FakeBody(this.ctx, this.story === "TableCell" ? "MainDoc" : null);
  }
  load(): this {
    this.ctx.enqueue(() => {
      this.isNullObject = this.story === null;
      if (this.story) this.typeCell.set(this.story);
    });
    return this;
  }
}

interface FakeControl {
  tag: string;
  appearance: string;
  paras: FakeParagraph[];
}

class ContentControl {
  private readonly textCell = new Loaded<string>("ContentControl.text");
  constructor(
    private readonly ctx: Ctx,
    private readonly record: () => FakeControl,
  ) {}
  set tag(tag: string) {
    this.ctx.enqueue(() => {
      this.record().tag = tag;
      for (const p of this.record().paras) p.controls = [...(p.controls ?? []), tag];
    });
  }
  set appearance(value: string) {
    this.ctx.enqueue(() => (this.record().appearance = value));
  }
  get text(): string {
    return this.textCell.get();
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.ctx, () => this.record().paras);
  }
  load(): this {
    this.ctx.enqueue(() => this.fillText());
    return this;
  }
  /** Filled by a collection load. */
  fillText(): void {
    this.textCell.set(
      this.ctx.reported(
        this.record()
          .paras.map((p) => p.text)
          .join("\r"),
      ),
    );
  }
  getRange(where: "Start"): Range {
    return new Range(this.ctx, () => {
      if (where !== "Start") throw new Error("fake: ContentControl.getRange supports Start");
      return { kind: "range", p: this.record().paras[0], start: 0, end: 0 };
    });
  }
  insertOoxml(ooxml: string, where: "Replace"): void {
    this.ctx.enqueue(() => {
      if (where !== "Replace") throw new Error("fake: ContentControl.insertOoxml supports Replace");
      const record = this.record();
      const doc = this.ctx.doc.paragraphs;
      const fresh = paragraphsFromOoxml(ooxml);
      doc.splice(doc.indexOf(record.paras[0]), record.paras.length, ...fresh);
      record.paras = fresh;
    });
  }
  delete(keepContent: boolean): void {
    this.ctx.enqueue(() => {
      const record = this.record();
      const doc = this.ctx.doc.paragraphs;
      if (keepContent) for (const p of record.paras) p.controls = p.controls?.filter((t) => t !== record.tag);
      else doc.splice(doc.indexOf(record.paras[0]), record.paras.length);
      this.ctx.controls.splice(this.ctx.controls.indexOf(record), 1);
    });
  }
}

class ContentControlCollection {
  private readonly itemsCell = new Loaded<ContentControl[]>("ContentControlCollection.items");
  constructor(
    private readonly ctx: Ctx,
    private readonly tag: string,
  ) {}
  get items(): ContentControl[] {
    return this.itemsCell.get();
  }
  load(): this {
    this.ctx.enqueue(() =>
      this.itemsCell.set(
        this.ctx.controls
          .filter((c) => c.tag === this.tag)
          .map((record) => {
            const control = new ContentControl(this.ctx, () => record);
            control.fillText();
            return control;
          }),
      ),
    );
    return this;
  }
}

class RangeCollection extends Obj {
  private readonly itemsCell = new Loaded<Range[]>("RangeCollection.items");
  private ranges: Range[] = [];
  constructor(ctx: Ctx, owner: () => FakeParagraph, query: string, matchCase: boolean) {
    super(ctx, () => null);
    ctx.enqueue(() => {
      const p = owner();
      const likeWord = ctx.doc.behaviour.searchLikeWord;
      if (likeWord && query.length > 255) throw new Error("SearchStringInvalidOrTooLong");
      const needle = query
        .replace(/\^t/g, "\t")
        .replace(/\^l/g, "\n")
        .replace(/\^-/g, "\u00ad")
        .replace(/\^~/g, "\u2011")
        .replace(/\^\^/g, "^");
      // Word finds straight and curly quotes for each other (WordBehaviour): folded, one character for one.
      const fold = (t: string) =>
        likeWord ? t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : t;
      const hay = fold(matchCase ? p.text : p.text.toLowerCase());
      const n = fold(matchCase ? needle : needle.toLowerCase());
      this.ranges = [];
      for (let at = hay.indexOf(n); at >= 0 && n; at = hay.indexOf(n, at + n.length)) {
        const start = at;
        this.ranges.push(new Range(ctx, () => ({ kind: "range", p, start, end: start + n.length })));
      }
    });
  }
  get items(): Range[] {
    return this.itemsCell.get();
  }
  load(): this {
    this.ctx.enqueue(() => this.itemsCell.set(this.ranges));
    return this;
  }
}

class Paragraph extends Obj {
  private readonly textCell = new Loaded<string>("Paragraph.text");
  private readonly propsCell = new Loaded<Record<string, unknown>>("Paragraph format properties");
  /** A loaded paragraph format property (alignment, leftIndent…), defined as getters below the class. */
  formatValue(key: string): unknown {
    return this.propsCell.get()[key];
  }
  isNullObject = false;
  get text(): string {
    return this.textCell.get();
  }
  get font(): Font {
    return new Font(this.ctx, () => this.t());
  }
  load(names?: string | string[]): this {
    const wanted = typeof names === "string" ? names.split(",") : (names ?? []);
    this.ctx.enqueue(() => {
      this.isNullObject = this.target === null;
      if (!this.target) return;
      const p = this.paras()[0];
      this.textCell.set(this.ctx.reported(p.text));
      if (wanted.some((n) => (PARAGRAPH_FORMAT_PROPS as readonly string[]).includes(n)))
        this.propsCell.set(Object.fromEntries(PARAGRAPH_FORMAT_PROPS.map((k) => [k, p.props[k]])));
    });
    return this;
  }
  /** Filled by a collection load. */
  fill(p: FakeParagraph): void {
    this.target = { kind: "para", p };
    this.textCell.set(this.ctx.reported(p.text));
  }
  set(values: Record<string, unknown>): void {
    this.ctx.enqueue(() => Object.assign(this.paras()[0].props, values));
  }
  getOoxml(): ClientResult<string> {
    return new ClientResult(this.ctx, () => {
      this.ctx.doc.paragraphOoxmlReads++;
      return paragraphOoxml(this.paras()[0]);
    });
  }
  insertOoxml(ooxml: string, where: "Replace"): Range {
    let inserted: FakeParagraph[] = [];
    this.ctx.enqueue(() => {
      if (where !== "Replace") throw new Error("fake: paragraph insertOoxml supports Replace");
      const p = this.paras()[0];
      inserted = paragraphsFromOoxml(ooxml);
      mergeInto(this.ctx, inserted, p);
      const extra = this.ctx.doc.strayOnInsert ? [para("")] : [];
      this.ctx.doc.paragraphs.splice(this.index(p), 1, ...inserted, ...extra);
    });
    return new Range(this.ctx, () => ({ kind: "paras", ps: inserted }));
  }
  insertText(text: string, where: "Start" | "End"): void {
    this.ctx.enqueue(() => {
      const p = this.paras()[0];
      p.text = where === "Start" ? text + p.text : p.text + text;
      this.ctx.doc.textChanges.push({ text, mode: this.ctx.doc.changeTrackingMode });
    });
  }
  search(query: string, options: { matchCase?: boolean }): RangeCollection {
    return new RangeCollection(this.ctx, () => this.paras()[0], query, Boolean(options.matchCase));
  }
  select(): void {
    this.ctx.enqueue(() => {
      const p = this.paras()[0];
      this.ctx.doc.selection = { paragraph: this.index(p), start: 0, end: p.text.length };
    });
  }
  getRange(): Range {
    return new Range(this.ctx, () => {
      const p = this.paras()[0];
      return { kind: "range", p, start: 0, end: p.text.length };
    });
  }
  /** A new paragraph after this one, with this one's formatting (as pressing Enter at its end). */
  insertParagraph(text: string, where: "After"): Paragraph {
    let added: FakeParagraph | null = null;
    this.ctx.enqueue(() => {
      if (where !== "After") throw new Error("fake: insertParagraph supports After");
      const p = this.paras()[0];
      added = para(text, { props: { ...p.props }, listItem: p.listItem });
      this.ctx.doc.paragraphs.splice(this.index(p) + 1, 0, added);
    });
    return new Paragraph(this.ctx, () => (added ? { kind: "para", p: added } : null));
  }
  get listItemOrNullObject(): { isNullObject: boolean; load(): void } {
    const item = {
      isNullObject: true,
      load: () => this.ctx.enqueue(() => (item.isNullObject = !this.paras()[0].listItem)),
    };
    return item;
  }
  detachFromList(): void {
    this.ctx.enqueue(() => {
      const p = this.paras()[0];
      if (!p.listItem) throw new Error("fake: detachFromList on a paragraph that is not a list item");
      p.listItem = false;
    });
  }
  getNextOrNullObject(): Paragraph {
    return new Paragraph(this.ctx, () => {
      const next = this.ctx.doc.paragraphs[this.index(this.paras()[this.paras().length - 1]) + 1];
      return next ? { kind: "para", p: next } : null;
    });
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.doc.paragraphs.splice(this.index(this.paras()[0]), 1));
  }
}

for (const key of PARAGRAPH_FORMAT_PROPS)
  Object.defineProperty(Paragraph.prototype, key, {
    get(this: Paragraph) {
      return this.formatValue(key);
    },
  });

class ParagraphCollection {
  private readonly itemsCell = new Loaded<Paragraph[]>("ParagraphCollection.items");
  constructor(
    private readonly ctx: Ctx,
    private readonly list: () => FakeParagraph[],
  ) {}
  get items(): Paragraph[] {
    return this.itemsCell.get();
  }
  load(): this {
    this.ctx.enqueue(() =>
      this.itemsCell.set(
        this.list().map((p) => {
          const proxy = new Paragraph(this.ctx, () => ({ kind: "para", p }));
          this.ctx.queue.pop();
          proxy.fill(p);
          return proxy;
        }),
      ),
    );
    return this;
  }
  getFirst(): Paragraph {
    return new Paragraph(this.ctx, () => ({ kind: "para", p: this.list()[0] }));
  }
  getLast(): Paragraph {
    return new Paragraph(this.ctx, () => {
      const all = this.list();
      return { kind: "para", p: all[all.length - 1] };
    });
  }
}

class PageSetup {
  private readonly cell = new Loaded<Record<string, unknown>>("PageSetup");
  constructor(
    private readonly ctx: Ctx,
    private readonly values: Record<string, unknown>,
  ) {
    return new Proxy(this, {
      get: (target, prop, receiver) => {
        if (prop in target || typeof prop === "symbol") return Reflect.get(target, prop, receiver);
        return target.cell.get()[prop];
      },
    });
  }
  load(): this {
    this.ctx.enqueue(() => this.cell.set({ ...this.values }));
    return this;
  }
  set(values: Record<string, unknown>): void {
    this.ctx.enqueue(() => Object.assign(this.values, values));
  }
}

class SectionCollection {
  private readonly itemsCell = new Loaded<{ pageSetup: PageSetup }[]>("SectionCollection.items");
  constructor(private readonly ctx: Ctx) {}
  get items(): { pageSetup: PageSetup }[] {
    return this.itemsCell.get();
  }
  load(): this {
    this.ctx.enqueue(() =>
      this.itemsCell.set(
        this.ctx.doc.sections.map((s) => ({ pageSetup: new PageSetup(this.ctx, s.pageSetup) })),
      ),
    );
    return this;
  }
}

function makeContext(ctx: Ctx): unknown {
  const doc = ctx.doc;
  const modeCell = new Loaded<string>("Document.changeTrackingMode");
  const body = {
    paragraphs: new ParagraphCollection(ctx, () => ctx.bodyParagraphs()),
    getRange: () => new Range(ctx, () => ({ kind: "range", p: doc.paragraphs[0], start: 0, end: 0 })),
    getOoxml: () => new ClientResult(ctx, () => bodyPackage(doc.paragraphs)),
    insertOoxml(ooxml: string, where: "Start" | "End") {
      let inserted: FakeParagraph[] = [];
      ctx.enqueue(() => {
        inserted = paragraphsFromOoxml(ooxml);
        if (where === "End") mergeInto(ctx, inserted, doc.paragraphs[doc.paragraphs.length - 1]);
        const extra = doc.strayOnInsert ? [para("")] : [];
        if (where === "Start") doc.paragraphs.unshift(...inserted, ...extra);
        else doc.paragraphs.push(...inserted, ...extra);
      });
      return new Range(ctx, () => ({ kind: "paras", ps: inserted }));
    },
  };
  const document = {
    body,
    contentControls: { getByTag: (tag: string) => new ContentControlCollection(ctx, tag) },
    get sections() {
      return new SectionCollection(ctx);
    },
    get changeTrackingMode() {
      return modeCell.get();
    },
    set changeTrackingMode(mode: string) {
      ctx.enqueue(() => (doc.changeTrackingMode = mode));
    },
    load() {
      ctx.enqueue(() => modeCell.set(doc.changeTrackingMode));
    },
    getSelection() {
      return new Range(ctx, () => {
        const s = doc.selection ?? { paragraph: 0, start: 0, end: 0 };
        return { kind: "range", p: doc.paragraphs[s.paragraph], start: s.start, end: s.end };
      });
    },
  };
  const application = {
    createDocument(base64: string) {
      return { open: () => ctx.enqueue(() => doc.opened.push(base64)) };
    },
  };
  return { document, application, sync: () => ctx.sync() };
}

export interface FakeWord {
  apis: WordApis;
  doc: FakeDocument;
  /** context.sync() calls per Word.run, in order. */
  runs: number[];
  /** Files getFileAsync has opened and not yet closed. */
  openFiles: () => number;
}

export interface FakeWordOptions {
  sets?: string[];
  /** The saved file getFileAsync gives. */
  file?: Uint8Array;
  partitionKey?: string;
  platform?: string;
}

export const ALL_SETS = [
  "WordApi 1.1",
  "WordApi 1.2",
  "WordApi 1.3",
  "WordApi 1.4",
  "WordApiDesktop 1.3",
  "CompressedFile",
];

export function fakeWord(doc: FakeDocument, options: FakeWordOptions = {}): FakeWord {
  const runs: number[] = [];
  const sets = new Set(options.sets ?? ALL_SETS);
  const file = options.file ?? new Uint8Array();
  let open = 0;
  const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
  const failed = (message: string, code: number) =>
    ({ status: "failed", error: { message, code } }) as unknown as Office.AsyncResult<never>;
  const office: OfficeApi = {
    context: {
      partitionKey: options.partitionKey,
      requirements: { isSetSupported: (name, version) => sets.has(version ? `${name} ${version}` : name) },
      document: {
        getFileAsync: ((
          _type: unknown,
          opts: { sliceSize?: number },
          callback: (r: Office.AsyncResult<Office.File>) => void,
        ) => {
          const sliceSize = opts.sliceSize ?? 4 * 1024 * 1024;
          if (doc.behaviour.fileFails)
            return callback(failed("A network problem has prevented retrieval of the file.", 11001));
          // The iPad answers a slice size over 64 KB with "Internal Error" (WordBehaviour.maxSliceSize).
          if (sliceSize > doc.behaviour.maxSliceSize) return callback(failed("Internal Error", 5001));
          // Office.File.closeAsync reference: no more than two documents may be in memory, else getFileAsync
          // fails; the fake is stricter and refuses while one is open, so a leaked file shows at once.
          if (open > 0) return callback(failed("A file is already open.", 5001));
          open++;
          const count = Math.max(1, Math.ceil(file.length / sliceSize));
          const handle = {
            size: file.length,
            sliceCount: count,
            getSliceAsync: (i: number, cb: (r: Office.AsyncResult<Office.Slice>) => void) =>
              cb(
                ok({
                  data: Array.from(file.subarray(i * sliceSize, (i + 1) * sliceSize)),
                  index: i,
                  size: sliceSize,
                } as Office.Slice),
              ),
            closeAsync: (cb: () => void) => {
              open--;
              cb();
            },
          };
          callback(ok(handle as unknown as Office.File));
        }) as Office.Document["getFileAsync"],
      },
    },
    onReady: () =>
      Promise.resolve({
        host: "Word" as unknown as Office.HostType,
        platform: (options.platform ?? "OfficeOnline") as unknown as Office.PlatformType,
      }),
  };
  return {
    doc,
    runs,
    openFiles: () => open,
    apis: {
      office,
      run: async (batch) => {
        const ctx = new Ctx(doc, sets);
        try {
          return await batch(makeContext(ctx) as Word.RequestContext);
        } finally {
          runs.push(ctx.syncs);
        }
      },
    },
  };
}

/** Requirement sets and behaviours of the three Word hosts the contract tests run against. */
export interface WordConfiguration {
  name: string;
  sets: string[];
  behaviour: WordBehaviour;
  platform: string;
}

const API_SETS = ["WordApi 1.1", "WordApi 1.2", "WordApi 1.3", "WordApi 1.4"];

export const WORD_CONFIGURATIONS: WordConfiguration[] = [
  {
    // No WordApiDesktop; tracked deletions stay in the text; insertOoxml merges; getFileAsync may fail (11001).
    name: "Word on the web",
    sets: [...API_SETS, "CompressedFile"],
    behaviour: {
      ...WORD_DEFAULTS,
      lineBreakAsVt: true,
      trackedDeletionsInText: true,
      mergeLastParagraph: true,
      fileFails: true,
      searchLikeWord: true,
    },
    platform: "OfficeOnline",
  },
  {
    // Microsoft 365 on Windows (version 2507 and later): Word.PageSetup through WordApiDesktop 1.3.
    name: "Windows desktop",
    sets: [...API_SETS, "WordApiDesktop 1.3", "CompressedFile"],
    behaviour: { ...WORD_DEFAULTS, lineBreakAsVt: true, searchLikeWord: true },
    platform: "PC",
  },
  {
    // No WordApiDesktop 1.3 on the iPad; getFileAsync slices of at most 64 KB.
    name: "iPad",
    sets: [...API_SETS, "CompressedFile"],
    behaviour: { ...WORD_DEFAULTS, lineBreakAsVt: true, searchLikeWord: true, maxSliceSize: 64 * 1024 },
    platform: "iOS",
  },
];
