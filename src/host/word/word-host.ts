// The Word adapter: the only code that calls Word.run. Every operation is one batch with a fixed number of
// context.sync() calls whatever the document's length (stated on each method and counted by the tests).
// Office.js cannot group changes into one Word undo step, so applyEdits first keeps the OOXML of each paragraph
// it touches (SavedState) and restore() puts it back; an insertion is wrapped in a tagged content control so its
// undo removes exactly what was inserted. Word's documented surprises are listed in docs/word-behaviour.md.
import { VanThuError } from "../../core/errors";
import type { Block } from "../../core/model/blocks";
import type { DocModel, Paragraph } from "../../core/model/types";
import { REASONS, planEdits } from "../../core/ooxml/patch/plan";
import { readDocx, readFlatOpc } from "../../core/ooxml/read";
import { writeFragment } from "../../core/ooxml/write";
import { comparableText, sameText } from "../../core/text/paragraph-text";
import type { Edit, Finding } from "../../core/rules/types";
import type {
  ApplyResult,
  DocumentHost,
  HostCapabilities,
  InsertResult,
  InsertWhere,
  ReadProgress,
  SavedState,
  SkippedEdit,
} from "../document-host";
import { REQUIREMENT_REASONS, type WordSupport, capabilitiesOf, detectSupport } from "./capabilities";
import { readFileBytes } from "./file-bytes";
import { type LocatedSpan, rangeOf, searchSpan } from "./located-span";
import { type WordApis, globalApis } from "./office-api";
import { holdsContent, stillHolds } from "./paragraph-content";
import { INSERTED_TAG, type InsertedData, formatData, formatOf, insertedData } from "./saved-data";
import { type SpanSearch, WORD_SEARCH_MAX, spanSearch } from "./span-search";
import {
  PAGE_SETUP_PROPS,
  PARAGRAPH_FORMAT_PROPS,
  type PageSetupValues,
  autoColour,
  blockParagraphUpdate,
  fontUpdate,
  pageFromWord,
  pageSetupUpdate,
  paragraphUpdate,
} from "./word-format";

type SpanEdit = Extract<Edit, { kind: "replaceText" | "setRunFormat" }>;

let savedCounter = 0;
const newSavedId = (): string => `word-${Date.now().toString(36)}-${++savedCounter}`;

const WORD_REASONS = {
  autoColour: 'Word không cho phần bổ trợ đặt màu chữ "Tự động"; anh/chị hãy chọn màu Automatic trong Word.',
  notInBody:
    "Con trỏ đang ở ngoài thân văn bản (đầu trang, chân trang, hộp văn bản hoặc nhận xét) nên Trợ lý đã chèn vào cuối văn bản.",
} as const;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class WordHost implements DocumentHost {
  private readonly support: WordSupport;

  constructor(
    private readonly apis: WordApis = globalApis(),
    private readonly parse: { docx: (bytes: Uint8Array) => DocModel; flatOpc: (xml: string) => DocModel } = {
      docx: readDocx,
      flatOpc: readFlatOpc,
    },
  ) {
    this.support = detectSupport(apis.office);
  }

  /** One Word.run; below WordApi 1.3 (the manifest's minimum) nothing is attempted. */
  private run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    if (!this.support.api13)
      return Promise.reject(new VanThuError("unsupported", REQUIREMENT_REASONS.minimum));
    return this.apis.run(batch);
  }

  /** How to search for a span of Word's paragraph text (compared in the one normalised form). */
  private searchable(text: string, start: number, end: number): SpanSearch | null {
    return spanSearch(comparableText(text), start, end);
  }

  /** No sync: requirement sets are known locally. */
  async capabilities(): Promise<HostCapabilities> {
    return capabilitiesOf(this.support);
  }

  /**
   * What is on screen now, in one batch: (1) the body's OOXML, and the sections where WordApiDesktop 1.3 gives
   * Word.PageSetup; (2) their page setup. The OOXML is read by the one reader. Where the file can be had
   * (getFileAsync, no sync) and its body paragraphs have exactly the texts of that reading, the file's model is
   * used instead: it also holds headers, footers and the page setup. Word.PageSetup, where there is one for every
   * section, overrides the page setup. `meta.pageSetupFrom` says which source gave it. 1 sync, 2 with PageSetup.
   */
  async read(onProgress?: ReadProgress): Promise<DocModel> {
    const { ooxml, pages } = await this.run(async (context) => {
      const xml = context.document.body.getOoxml();
      const sections = this.support.pageSetupApi ? context.document.sections : null;
      sections?.load("items");
      await context.sync();
      let setups: ReturnType<typeof pageFromWord>[] | null = null;
      if (sections) {
        const loaded = sections.items.map((s) => s.pageSetup.load([...PAGE_SETUP_PROPS]));
        await context.sync();
        setups = loaded.map((ps) => pageFromWord(ps as PageSetupValues));
      }
      // A ClientResult is filled by the sync; it has no load().
      // eslint-disable-next-line office-addins/load-object-before-read
      return { ooxml: xml.value, pages: setups };
    });
    const onScreen = this.parse.flatOpc(ooxml);
    let model = await this.currentFile(onScreen, onProgress);
    if (model) model.meta.pageSetupFrom = "file";
    else {
      model = onScreen;
      // getOoxml's sectPr does not follow the document's sections reliably (Word on the web).
      for (const s of model.sections) s.page = null;
      model.meta.pageSetupFrom = "unknown";
      onProgress?.(1, 1);
    }
    if (pages && pages.length === model.sections.length) {
      pages.forEach((page, i) => ((model as DocModel).sections[i].page = page));
      model.meta.pageSetupFrom = "word";
    }
    return model;
  }

  /** The file's model when the file can be read and its body is the body on screen, else null. */
  private async currentFile(onScreen: DocModel, onProgress?: ReadProgress): Promise<DocModel | null> {
    if (!this.support.compressedFile) return null;
    let model: DocModel;
    try {
      model = this.parse.docx(await readFileBytes(this.apis.office, onProgress));
    } catch {
      // getFileAsync refused (Word on the web, 11001) or the bytes could not be read: the body OOXML serves.
      return null;
    }
    const current =
      model.bodyCount === onScreen.bodyCount &&
      model.paragraphs
        .slice(0, model.bodyCount)
        .every((p, i) => sameText(p.text, onScreen.paragraphs[i].text));
    return current ? model : null;
  }

  /**
   * 3 syncs. (1) Where the cursor is (its story through Range.parentBody), the paragraph there with its OOXML (an
   * "empty" paragraph may hold a picture or a section break), the paragraph after it, and the OOXML of the
   * selection (what a non-empty selection's replacement must give back on undo). (2) Insert, decided before
   * anything changes: a cursor outside the body (header, footer, text box, comment) sends the blocks to the end
   * of the body and says so; a collapsed cursor puts them after its paragraph, never into the user's text; a
   * truly empty paragraph is replaced. The inserted range is wrapped in a hidden content control tagged for this
   * insertion and read back. (3) The last inserted paragraph gets its own formatting back (Word gives it the
   * formatting of the paragraph it landed in) and leaves a list it was drawn into; an empty paragraph the
   * insertion left after it is deleted. Undo (restore) deletes the tagged control with its content — exactly
   * what was inserted — and puts back what it replaced.
   */
  async insert(blocks: Block[], where: InsertWhere, label?: string): Promise<InsertResult> {
    const ooxml = writeFragment(blocks);
    const lastBlock = blocks[blocks.length - 1];
    const tag = `${INSERTED_TAG}${newSavedId()}`;
    return this.run(async (context) => {
      const body = context.document.body;
      const selection = where === "selection" ? context.document.getSelection() : null;
      const story = selection?.parentBody ?? null;
      const outer = story?.parentBodyOrNullObject ?? null;
      story?.load("type");
      outer?.load("type");
      selection?.load("text");
      const replacedXml = selection?.getOoxml() ?? null;
      const probe = (p: Word.Paragraph) => {
        p.load("text");
        const next = p.getNextOrNullObject();
        next.load("text");
        return { p, xml: p.getOoxml(), next };
      };
      const atCursor = selection ? probe(selection.paragraphs.getFirst()) : null;
      const first = where === "start" ? probe(body.paragraphs.getFirst()) : null;
      const last = probe(body.paragraphs.getLast());
      await context.sync();

      const inBody =
        !story ||
        story.type === "MainDoc" ||
        (story.type === "TableCell" && !!outer && !outer.isNullObject && outer.type === "MainDoc");
      const placed: InsertWhere = inBody ? where : "end";
      const anchor = (placed === "selection" ? atCursor : placed === "start" ? first : last) as ReturnType<
        typeof probe
      >;
      const replacing = placed === "selection" && (selection as Word.Range).text !== "";
      const emptyAnchor = !replacing && anchor.p.text === "" && !holdsContent(anchor.xml.value);
      const nextText = anchor.next.isNullObject ? null : anchor.next.text;
      let inserted: Word.Range;
      // What should follow the new text: an empty paragraph there that was not there before is the insertion's.
      let expectedAfter: string | null = null;
      if (replacing) inserted = (selection as Word.Range).insertOoxml(ooxml, "Replace");
      else if (emptyAnchor) {
        inserted = anchor.p.insertOoxml(ooxml, "Replace");
        expectedAfter = nextText;
      } else if (placed === "selection") {
        inserted = anchor.p.insertParagraph("", "After").insertOoxml(ooxml, "Replace");
        expectedAfter = nextText;
      } else {
        inserted = body.insertOoxml(ooxml, placed === "start" ? "Start" : "End");
        expectedAfter = placed === "start" ? anchor.p.text : null;
      }
      const control = inserted.insertContentControl();
      control.tag = tag;
      control.appearance = "Hidden";
      control.load("text");
      const added = control.paragraphs;
      added.load("items");
      const lastParagraph = control.paragraphs.getLast();
      // A proxy to queue a load on, not a value read.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      const list = lastParagraph.listItemOrNullObject;
      list.load("level");
      const after = lastParagraph.getNextOrNullObject();
      after.load("text");
      // Paragraphs from the top of the body to the first new one: its index is their count minus one.
      const upTo = body.getRange("Start").expandTo(control.getRange("Start")).paragraphs;
      upTo.load("items");
      await context.sync();

      // After a table the last paragraph is a cell's, and the empty paragraph after a table is Word's own.
      if (lastBlock?.kind === "paragraph") {
        if (!replacing && !after.isNullObject && after.text === "" && expectedAfter !== "") after.delete();
        if (!list.isNullObject) lastParagraph.detachFromList();
        lastParagraph.set(blockParagraphUpdate(lastBlock));
      }
      await context.sync();
      const firstParagraph = upTo.items.length - 1;
      const data: InsertedData = { inserted: tag, replaced: replacing ? (replacedXml?.value ?? null) : null };
      const saved: SavedState = {
        id: tag,
        label: label ?? `Chèn ${added.items.length} đoạn văn`,
        createdAt: new Date().toISOString(),
        items: [{ paragraph: firstParagraph, text: control.text, data: JSON.stringify(data) }],
      };
      return placed === where
        ? { firstParagraph, saved }
        : { firstParagraph, saved, placed, note: WORD_REASONS.notInBody };
    });
  }

  /** 1 sync. */
  async openNew(docx: Uint8Array): Promise<void> {
    await this.run(async (context) => {
      context.application.createDocument(toBase64(docx)).open();
      await context.sync();
    });
  }

  /**
   * 2 syncs for a paragraph (load the paragraphs, select); 3 for a span (also resolve its search). With the
   * finding's excerpt, the paragraph must still hold it, or nothing is selected and the reason is thrown.
   */
  async select(paragraph: number, span?: { start: number; end: number }, excerpt?: string): Promise<void> {
    await this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const p = paragraphs.items[paragraph];
      if (!p) throw new VanThuError("unsupported", REASONS.missing(paragraph));
      if (excerpt !== undefined && !stillHolds(p.text, excerpt, span))
        throw new VanThuError("unsupported", REASONS.changed);
      const found = span && span.end > span.start ? this.searchable(p.text, span.start, span.end) : null;
      if (!found) {
        p.select();
        await context.sync();
        return;
      }
      const located = searchSpan(p, found);
      await context.sync();
      (rangeOf(located) ?? p).select();
      await context.sync();
    });
  }

  /** 1 sync: the selection's OOXML, read by the one reader. */
  async readSelection(): Promise<Paragraph[]> {
    const ooxml = await this.run(async (context) => {
      const result = context.document.getSelection().getOoxml();
      await context.sync();
      // A ClientResult is filled by the sync; it has no load().
      // eslint-disable-next-line office-addins/load-object-before-read
      return result.value;
    });
    const model = this.parse.flatOpc(ooxml);
    return model.paragraphs.filter((p) => p.index !== null);
  }

  /**
   * 3 syncs: (1) the body paragraphs' text (and sections when page setup is asked); (2) what undo needs of every
   * paragraph to touch — its paragraph format values when that is all that changes, else its OOXML package —
   * the searches locating spans, the sections' current page setup; (3) the changes, then
   * the touched paragraphs' text as Word now reports it (with tracked deletions, where Word includes them), which
   * restore() compares against. Targets whose text differs from `expectedText` are skipped with a reason.
   */
  async applyEdits(
    edits: Edit[],
    options?: { trackChanges?: boolean; label?: string },
  ): Promise<ApplyResult> {
    const pageEdits = edits.filter((e) => e.kind === "setPageSetup");
    const skipped: SkippedEdit[] = this.support.pageSetupApi
      ? []
      : pageEdits.map((edit) => ({ edit, reason: REASONS.pageSetup }));
    const wanted = this.support.pageSetupApi ? edits : edits.filter((e) => e.kind !== "setPageSetup");
    return this.run(async (context) => {
      const doc = context.document;
      const paragraphs = doc.body.paragraphs;
      paragraphs.load("items/text");
      const sections = this.support.pageSetupApi && pageEdits.length ? doc.sections : null;
      sections?.load("items");
      const track = Boolean(options?.trackChanges && this.support.api14);
      if (track) doc.load("changeTrackingMode");
      await context.sync();

      const plan = planEdits(
        wanted,
        (i) => paragraphs.items[i]?.text ?? null,
        sections ? sections.items.length : 0,
      );
      skipped.push(...plan.skipped);
      if (plan.ordered.length === 0) return { applied: 0, skipped, saved: null };
      const touched = [
        ...new Set(plan.ordered.flatMap((e) => (e.kind === "setPageSetup" ? [] : [e.paragraph]))),
      ];
      const formatOnly = new Set(touched);
      for (const e of plan.ordered)
        if (e.kind !== "setPageSetup" && e.kind !== "setParagraphFormat") formatOnly.delete(e.paragraph);
      const ooxml = new Map(
        touched.filter((i) => !formatOnly.has(i)).map((i) => [i, paragraphs.items[i].getOoxml()]),
      );
      for (const i of formatOnly) paragraphs.items[i].load([...PARAGRAPH_FORMAT_PROPS]);
      const searches = new Map<SpanEdit, LocatedSpan | null>();
      for (const edit of plan.ordered) {
        if (
          edit.kind !== "replaceText" &&
          !(edit.kind === "setRunFormat" && (edit.start !== undefined || edit.end !== undefined))
        )
          continue;
        const p = paragraphs.items[edit.paragraph];
        const start = edit.start ?? 0;
        const end = edit.end ?? p.text.length;
        const found =
          edit.kind === "replaceText" && p.text === "" ? null : this.searchable(p.text, start, end);
        searches.set(edit, found ? searchSpan(p, found) : null);
      }
      const setups = new Map<number, Word.PageSetup>();
      for (const edit of plan.ordered)
        if (edit.kind === "setPageSetup" && sections)
          setups.set(edit.section, sections.items[edit.section].pageSetup.load([...PAGE_SETUP_PROPS]));
      await context.sync();

      const previousMode = track ? doc.changeTrackingMode : null;
      if (track) doc.changeTrackingMode = "TrackAll";
      let applied = 0;
      const changed = new Set<number>();
      for (const edit of plan.ordered) {
        const reason = this.queueEdit(edit, paragraphs, searches, setups);
        if (reason) {
          skipped.push({ edit, reason });
          continue;
        }
        applied++;
        if (edit.kind !== "setPageSetup") changed.add(edit.paragraph);
      }
      if (track && previousMode) doc.changeTrackingMode = previousMode;
      for (const i of changed) paragraphs.items[i].load("text");
      await context.sync();

      if (applied === 0) return { applied, skipped, saved: null };
      const saved: SavedState = {
        id: newSavedId(),
        label: options?.label ?? `Sửa ${applied} chỗ`,
        createdAt: new Date().toISOString(),
        items: [...changed].map((i) => ({
          paragraph: i,
          text: paragraphs.items[i].text,
          data: formatOnly.has(i)
            ? JSON.stringify(formatData(paragraphs.items[i]))
            : (ooxml.get(i) as OfficeExtension.ClientResult<string>).value,
        })),
      };
      const pages = [...setups].map(([index, ps]) => ({ index, page: pageFromWord(ps as PageSetupValues) }));
      if (pages.length) saved.sections = JSON.stringify(pages);
      return { applied, skipped, saved };
    });
  }

  /** Queue one planned edit; returns a reason when it cannot be placed. */
  private queueEdit(
    edit: Edit,
    paragraphs: Word.ParagraphCollection,
    searches: Map<SpanEdit, LocatedSpan | null>,
    setups: Map<number, Word.PageSetup>,
  ): string | null {
    if (edit.kind === "setPageSetup") {
      const ps = setups.get(edit.section);
      if (!ps) return REASONS.pageSetup;
      ps.set(pageSetupUpdate(edit.page));
      return null;
    }
    const p = paragraphs.items[edit.paragraph];
    if (edit.kind === "setParagraphFormat") {
      p.set(paragraphUpdate(edit.format));
      return null;
    }
    if (edit.kind === "setRunFormat") {
      const font = fontUpdate(edit.format);
      if (Object.keys(font).length === 0 && autoColour(edit.format)) return WORD_REASONS.autoColour;
      if (edit.start === undefined && edit.end === undefined) {
        p.font.set(font);
        return null;
      }
    }
    if (edit.kind === "replaceText" && p.text === "") {
      if (edit.replacement) p.insertText(edit.replacement, "Start");
      return null;
    }
    const located = searches.get(edit as SpanEdit);
    if (!located)
      return (edit.end ?? p.text.length) - (edit.start ?? 0) > WORD_SEARCH_MAX
        ? REASONS.tooLong
        : REASONS.notFound;
    const range = rangeOf(located);
    if (!range) return REASONS.notFound;
    if (edit.kind === "setRunFormat") range.font.set(fontUpdate(edit.format));
    else if (located.found.insertAt) range.insertText(edit.replacement, located.found.insertAt);
    else range.insertText(edit.replacement, "Replace");
    return null;
  }

  /**
   * 3 syncs: (1) the paragraphs' text and the content controls of saved insertions; (2) each saved paragraph put
   * back with insertOoxml "Replace" where its text is still what the change left, each insertion's control
   * deleted with its content (and what it replaced put back) where its text is still what was inserted, the
   * sections' page setup reset, and the paragraph after each replaced one read; (3) delete an empty paragraph
   * Word added after a replaced one. Texts are compared in the one normalised form.
   */
  async restore(saved: SavedState): Promise<{ restored: number; skipped: number }> {
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      const sections = saved.sections && this.support.pageSetupApi ? context.document.sections : null;
      sections?.load("items");
      const insertions = saved.items.map((item) => {
        const data = insertedData(item.data);
        if (!data) return null;
        const controls = context.document.contentControls.getByTag(data.inserted);
        controls.load("items/text");
        return { data, controls };
      });
      await context.sync();
      let restored = 0;
      let skipped = 0;
      const checks: { after: Word.Paragraph; expected: string | null }[] = [];
      saved.items.forEach((item, k) => {
        const insertion = insertions[k];
        const format = formatOf(item.data);
        if (insertion) {
          const control = insertion.controls.items[0];
          if (insertion.controls.items.length !== 1 || !sameText(control.text, item.text)) {
            skipped++;
            return;
          }
          restored++;
          if (insertion.data.replaced) {
            control.insertOoxml(insertion.data.replaced, "Replace");
            control.delete(true);
          } else control.delete(false);
          return;
        }
        const p = paragraphs.items[item.paragraph];
        if (!p || !sameText(p.text, item.text)) {
          skipped++;
          return;
        }
        restored++;
        if (format) {
          p.set(format.paragraphFormat);
          return;
        }
        const range = p.insertOoxml(item.data, "Replace");
        const after = range.paragraphs.getLast().getNextOrNullObject();
        after.load("text");
        checks.push({ after, expected: paragraphs.items[item.paragraph + 1]?.text ?? null });
      });
      if (sections && saved.sections) {
        for (const { index, page } of JSON.parse(saved.sections) as {
          index: number;
          page: ReturnType<typeof pageFromWord>;
        }[])
          sections.items[index]?.pageSetup.set(pageSetupUpdate(page));
      }
      await context.sync();
      for (const { after, expected } of checks)
        if (!after.isNullObject && after.text === "" && expected !== "") after.delete();
      await context.sync();
      return { restored, skipped };
    });
  }

  /**
   * 3 syncs (WordApi 1.4): (1) paragraphs' text; (2) searches for spans; (3) the comments. A finding whose
   * paragraph no longer holds its excerpt is left out: the index would point at other text.
   */
  async addComments(findings: Finding[]): Promise<number> {
    if (!this.support.api14) return 0;
    return this.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const targets: { finding: Finding; p: Word.Paragraph; located: LocatedSpan | null }[] = [];
      for (const finding of findings) {
        if (finding.paragraph === null) continue;
        const p = paragraphs.items[finding.paragraph];
        if (!p || !stillHolds(p.text, finding.excerpt, finding.span)) continue;
        const found = finding.span ? this.searchable(p.text, finding.span.start, finding.span.end) : null;
        targets.push({ finding, p, located: found ? searchSpan(p, found) : null });
      }
      await context.sync();
      for (const { finding, p, located } of targets) {
        const range = (located && rangeOf(located)) ?? p.getRange("Whole");
        range.insertComment(`[${finding.rule}] ${finding.message}`);
      }
      await context.sync();
      return targets.length;
    });
  }
}
