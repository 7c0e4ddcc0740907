// A counting fake of the Word JavaScript API: calls are queued and run at context.sync() in order, loaded
// properties throw until a sync has filled them (as in Office.js), and every sync is counted.
import type { OfficeApi, WordApis } from "../../../src/host/word/office-api";

export interface FakeParagraph {
  text: string;
  /** Where Word keeps it: body text or a table cell (both are in body.paragraphs). */
  inTable?: boolean;
  props: Record<string, unknown>;
  font: Record<string, unknown>;
  /** Fonts set on character spans. */
  spans: { start: number; end: number; font: Record<string, unknown> }[];
  comments: { start: number; end: number; text: string }[];
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
  constructor(readonly doc: FakeDocument) {}
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

function paragraphsFromOoxml(ooxml: string): FakeParagraph[] {
  if (ooxml.startsWith(OOXML_PARA)) return [JSON.parse(ooxml.slice(OOXML_PARA.length)) as FakeParagraph];
  if (ooxml.startsWith(OOXML_BLOCKS))
    return (JSON.parse(ooxml.slice(OOXML_BLOCKS.length)) as string[]).map((t) => para(t));
  throw new Error("fake insertOoxml: unknown package");
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
        t.kind === "range"
          ? t.p.text.slice(t.start, t.end)
          : this.paras()
              .map((p) => p.text)
              .join("\r"),
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
      t.p.text = t.p.text.slice(0, a) + text + t.p.text.slice(b);
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
  select(): void {
    this.ctx.enqueue(() => {
      const t = this.t();
      const p = t.kind === "paras" ? t.ps[0] : t.p;
      const [start, end] = t.kind === "range" ? [t.start, t.end] : [0, p.text.length];
      this.ctx.doc.selection = { paragraph: this.index(p), start, end };
    });
  }
  getOoxml(): ClientResult<string> {
    return new ClientResult(this.ctx, () => OOXML_BLOCKS + JSON.stringify(this.paras().map((p) => p.text)));
  }
}

class RangeCollection extends Obj {
  private readonly itemsCell = new Loaded<Range[]>("RangeCollection.items");
  private ranges: Range[] = [];
  constructor(ctx: Ctx, owner: () => FakeParagraph, query: string, matchCase: boolean) {
    super(ctx, () => null);
    ctx.enqueue(() => {
      const p = owner();
      const needle = query.replace(/\^t/g, "\t").replace(/\^l/g, "\n").replace(/\^\^/g, "^");
      const hay = matchCase ? p.text : p.text.toLowerCase();
      const n = matchCase ? needle : needle.toLowerCase();
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
  isNullObject = false;
  get text(): string {
    return this.textCell.get();
  }
  get font(): Font {
    return new Font(this.ctx, () => this.t());
  }
  load(): this {
    this.ctx.enqueue(() => {
      this.isNullObject = this.target === null;
      if (this.target) this.textCell.set(this.paras()[0].text);
    });
    return this;
  }
  /** Filled by a collection load. */
  fill(p: FakeParagraph): void {
    this.target = { kind: "para", p };
    this.textCell.set(p.text);
  }
  set(values: Record<string, unknown>): void {
    this.ctx.enqueue(() => Object.assign(this.paras()[0].props, values));
  }
  getOoxml(): ClientResult<string> {
    return new ClientResult(this.ctx, () => OOXML_PARA + JSON.stringify(this.paras()[0]));
  }
  insertOoxml(ooxml: string, where: "Replace"): Range {
    let inserted: FakeParagraph[] = [];
    this.ctx.enqueue(() => {
      if (where !== "Replace") throw new Error("fake: paragraph insertOoxml supports Replace");
      const p = this.paras()[0];
      inserted = paragraphsFromOoxml(ooxml);
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
    paragraphs: new ParagraphCollection(ctx, () => doc.paragraphs),
    getRange: () => new Range(ctx, () => ({ kind: "range", p: doc.paragraphs[0], start: 0, end: 0 })),
    getOoxml: () =>
      new ClientResult(ctx, () => OOXML_BLOCKS + JSON.stringify(doc.paragraphs.map((p) => p.text))),
    insertOoxml(ooxml: string, where: "Start" | "End") {
      let inserted: FakeParagraph[] = [];
      ctx.enqueue(() => {
        inserted = paragraphsFromOoxml(ooxml);
        const extra = doc.strayOnInsert ? [para("")] : [];
        if (where === "Start") doc.paragraphs.unshift(...inserted, ...extra);
        else doc.paragraphs.push(...inserted, ...extra);
      });
      return new Range(ctx, () => ({ kind: "paras", ps: inserted }));
    },
  };
  const document = {
    body,
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
}

export function fakeWord(
  doc: FakeDocument,
  options: { sets?: string[]; file?: Uint8Array; sliceSize?: number; partitionKey?: string } = {},
): FakeWord {
  const runs: number[] = [];
  const sets = new Set(
    options.sets ?? [
      "WordApi 1.1",
      "WordApi 1.2",
      "WordApi 1.3",
      "WordApi 1.4",
      "WordApiDesktop 1.3",
      "CompressedFile",
    ],
  );
  const file = options.file ?? new Uint8Array();
  const sliceSize = options.sliceSize ?? 4;
  const ok = <T>(value: T) => ({ status: "succeeded", value }) as unknown as Office.AsyncResult<T>;
  const office: OfficeApi = {
    context: {
      partitionKey: options.partitionKey,
      requirements: { isSetSupported: (name, version) => sets.has(version ? `${name} ${version}` : name) },
      document: {
        getFileAsync: ((
          _type: unknown,
          _opts: unknown,
          callback: (r: Office.AsyncResult<Office.File>) => void,
        ) => {
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
            closeAsync: (cb: () => void) => cb(),
          };
          callback(ok(handle as unknown as Office.File));
        }) as Office.Document["getFileAsync"],
      },
    },
    onReady: () =>
      Promise.resolve({
        host: "Word" as unknown as Office.HostType,
        platform: "OfficeOnline" as unknown as Office.PlatformType,
      }),
  };
  return {
    doc,
    runs,
    apis: {
      office,
      run: async (batch) => {
        const ctx = new Ctx(doc);
        try {
          return await batch(makeContext(ctx) as Word.RequestContext);
        } finally {
          runs.push(ctx.syncs);
        }
      },
    },
  };
}
