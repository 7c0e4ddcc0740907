// The Word adapter: the only code that calls Word.run. Every operation is one batch with a fixed number of
// context.sync() calls whatever the document's length (stated on each method and counted by the tests).
// Office.js cannot group changes into one Word undo step, so applyEdits first keeps the OOXML of each paragraph
// it touches (SavedState) and restore() puts it back.
import { VanThuError } from "../../core/errors";
import type { Block } from "../../core/model/blocks";
import type { DocModel, Paragraph } from "../../core/model/types";
import { REASONS, planEdits } from "../../core/ooxml/patch/plan";
import { readDocx, readFlatOpc } from "../../core/ooxml/read";
import { writeFragment } from "../../core/ooxml/write";
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
import { type WordSupport, capabilitiesOf, detectSupport } from "./capabilities";
import { readFileBytes } from "./file-bytes";
import { type WordApis, globalApis } from "./office-api";
import { type SpanSearch, WORD_SEARCH_MAX, spanSearch } from "./span-search";
import {
  PAGE_SETUP_PROPS,
  type PageSetupValues,
  fontUpdate,
  pageFromWord,
  pageSetupUpdate,
  paragraphUpdate,
} from "./word-format";

type SpanEdit = Extract<Edit, { kind: "replaceText" | "setRunFormat" }>;

let savedCounter = 0;
const newSavedId = (): string => `word-${Date.now().toString(36)}-${++savedCounter}`;

/** SavedState payload of a paragraph that an insertion added: restoring it means deleting it. */
const INSERTED = "vanthu:inserted";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The text a paragraph will have after the planned replacements (applied from the end, as planned). */
function textAfter(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits)
    if (e.kind === "replaceText") out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/** The searches queued to find a span; resolved by the next sync. */
interface LocatedSpan {
  found: SpanSearch;
  results: Word.RangeCollection;
  tail: Word.RangeCollection | null;
}

function searchSpan(p: Word.Paragraph, found: SpanSearch): LocatedSpan {
  const results = p.search(found.query, { matchCase: true });
  results.load("items");
  const tail = found.tail ? p.search(found.tail.query, { matchCase: true }) : null;
  tail?.load("items");
  return { found, results, tail };
}

/** The span's range once its searches are loaded, or null when Word's results do not match the text read. */
function rangeOf({ found, results, tail }: LocatedSpan): Word.Range | null {
  if (results.items.length !== found.expectedCount) return null;
  const head = results.items[found.occurrence];
  if (!found.tail || !tail) return head;
  if (tail.items.length !== found.tail.expectedCount) return null;
  return head.expandTo(tail.items[found.tail.occurrence]);
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

  /** How to search for a span; a span too long for one search needs Range.expandTo (WordApi 1.3). */
  private searchable(text: string, start: number, end: number): SpanSearch | null {
    const found = spanSearch(text, start, end);
    return found && (!found.tail || this.support.api13) ? found : null;
  }

  /** No sync: requirement sets are known locally. */
  async capabilities(): Promise<HostCapabilities> {
    return capabilitiesOf(this.support);
  }

  /**
   * The whole file through getFileAsync (Common API, no sync), read into the model. Page setup then comes from
   * Word.PageSetup where WordApiDesktop 1.3 is supported (2 syncs), else from the file bytes. When the file
   * cannot be had, body.getOoxml() (1 sync) is read instead, with page setup unknown unless Word.PageSetup can
   * say (getOoxml's sectPr is unreliable on the web). At most 2 context.sync() calls in all.
   */
  async read(onProgress?: ReadProgress): Promise<DocModel> {
    let model: DocModel;
    if (this.support.compressedFile) {
      model = this.parse.docx(await readFileBytes(this.apis.office, onProgress));
    } else {
      // 1 sync.
      const ooxml = await this.apis.run(async (context) => {
        const result = context.document.body.getOoxml();
        await context.sync();
        // A ClientResult is filled by the sync; it has no load().
        // eslint-disable-next-line office-addins/load-object-before-read
        return result.value;
      });
      model = this.parse.flatOpc(ooxml);
      for (const s of model.sections) s.page = null;
      onProgress?.(1, 1);
    }
    if (this.support.pageSetupApi) {
      const pages = await this.readPageSetup();
      if (pages.length === model.sections.length) pages.forEach((page, i) => (model.sections[i].page = page));
    }
    return model;
  }

  /** 2 syncs: the sections, then their page setup. */
  private readPageSetup(): Promise<ReturnType<typeof pageFromWord>[]> {
    return this.apis.run(async (context) => {
      const sections = context.document.sections;
      sections.load("items");
      await context.sync();
      const setups = sections.items.map((s) => s.pageSetup.load([...PAGE_SETUP_PROPS]));
      await context.sync();
      return setups.map((ps) => pageFromWord(ps as PageSetupValues));
    });
  }

  /**
   * 3 syncs: (1) the paragraph at the insertion point and the one after it; (2) insert the fragment and read the
   * new paragraphs, their position and the paragraph that now follows them; (3) delete that paragraph when it
   * is an empty one the insertion added. The SavedState lets restore() take the new paragraphs out again.
   * An empty paragraph at the insertion point is replaced rather than left standing beside the new text.
   * UNVERIFIED in a real Word: exactly when insertOoxml leaves such a stray empty paragraph.
   */
  async insert(blocks: Block[], where: InsertWhere, label?: string): Promise<InsertResult> {
    const ooxml = writeFragment(blocks);
    return this.apis.run(async (context) => {
      const body = context.document.body;
      const selection = where === "selection" ? context.document.getSelection() : null;
      const anchor =
        where === "start"
          ? body.paragraphs.getFirst()
          : where === "end"
            ? body.paragraphs.getLast()
            : (selection as Word.Range).paragraphs.getFirst();
      const originalNext = anchor.getNextOrNullObject();
      anchor.load("text");
      originalNext.load("text");
      selection?.load("text");
      await context.sync();
      const replaceAnchor = anchor.text === "" && (selection === null || selection.text === "");
      const inserted = replaceAnchor
        ? anchor.insertOoxml(ooxml, "Replace")
        : selection
          ? selection.insertOoxml(ooxml, "Replace")
          : body.insertOoxml(ooxml, where === "start" ? "Start" : "End");
      const after = inserted.paragraphs.getLast().getNextOrNullObject();
      after.load("text");
      const added = inserted.paragraphs;
      added.load("items/text");
      // Paragraphs from the top of the body to the first new one: its index is their count minus one.
      const upTo = body.getRange("Start").expandTo(inserted.getRange("Start")).paragraphs;
      upTo.load("items/text");
      await context.sync();
      // What should follow the new text: the anchor's old neighbour (replaced anchor), the old first paragraph
      // (start), nothing (end). An empty paragraph there that was not there before is the insertion's.
      const expected = replaceAnchor
        ? originalNext.isNullObject
          ? null
          : originalNext.text
        : where === "start"
          ? anchor.text
          : null;
      const stray =
        !after.isNullObject &&
        after.text === "" &&
        expected !== "" &&
        (replaceAnchor || where !== "selection");
      if (stray) after.delete();
      await context.sync();
      const first = upTo.items.length - 1;
      const saved: SavedState = {
        id: newSavedId(),
        label: label ?? `Chèn ${added.items.length} đoạn văn`,
        createdAt: new Date().toISOString(),
        items: added.items.map((p, k) => ({ paragraph: first + k, text: p.text, data: INSERTED })),
      };
      return { firstParagraph: first, saved };
    });
  }

  /** 1 sync (WordApi 1.3). */
  async openNew(docx: Uint8Array): Promise<void> {
    if (!this.support.api13)
      throw new VanThuError("unsupported", capabilitiesOf(this.support).reasons.openNewDocument ?? "");
    await this.apis.run(async (context) => {
      context.application.createDocument(toBase64(docx)).open();
      await context.sync();
    });
  }

  /** 2 syncs for a paragraph (load the paragraphs, select); 3 for a span (also resolve its search). */
  async select(paragraph: number, span?: { start: number; end: number }): Promise<void> {
    await this.apis.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const p = paragraphs.items[paragraph];
      if (!p) throw new VanThuError("unsupported", REASONS.missing(paragraph));
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
    const ooxml = await this.apis.run(async (context) => {
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
   * 3 syncs: (1) the body paragraphs' text (and sections when page setup is asked); (2) the OOXML of every
   * paragraph to touch, the searches locating spans, the sections' current page setup; (3) the changes, after
   * the SavedState is built. Targets whose text differs from `expectedText` are skipped with a reason.
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
    return this.apis.run(async (context) => {
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
      const ooxml = new Map(touched.map((i) => [i, paragraphs.items[i].getOoxml()]));
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
      const appliedByParagraph = new Map<number, Edit[]>();
      for (const edit of plan.ordered) {
        const reason = this.queueEdit(edit, paragraphs, searches, setups);
        if (reason) {
          skipped.push({ edit, reason });
          continue;
        }
        applied++;
        if (edit.kind !== "setPageSetup")
          appliedByParagraph.set(edit.paragraph, [...(appliedByParagraph.get(edit.paragraph) ?? []), edit]);
      }
      if (track && previousMode) doc.changeTrackingMode = previousMode;
      await context.sync();

      if (applied === 0) return { applied, skipped, saved: null };
      const saved: SavedState = {
        id: newSavedId(),
        label: options?.label ?? `Sửa ${applied} chỗ`,
        createdAt: new Date().toISOString(),
        items: [...appliedByParagraph].map(([i, list]) => ({
          paragraph: i,
          text: textAfter(paragraphs.items[i].text, list),
          data: (ooxml.get(i) as OfficeExtension.ClientResult<string>).value,
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
    if (edit.kind === "setRunFormat" && edit.start === undefined && edit.end === undefined) {
      p.font.set(fontUpdate(edit.format));
      return null;
    }
    if (edit.kind === "replaceText" && p.text === "") {
      if (edit.replacement) p.insertText(edit.replacement, "Start");
      return null;
    }
    const located = searches.get(edit);
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
   * 3 syncs: (1) the paragraphs' text; (2) each saved paragraph put back with insertOoxml "Replace" where its
   * text is still what the change left (paragraphs an insertion added are deleted), sections' page setup reset, and the paragraph after each one read;
   * (3) delete an empty paragraph Word added after a replaced one.
   */
  async restore(saved: SavedState): Promise<{ restored: number; skipped: number }> {
    return this.apis.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      const sections = saved.sections && this.support.pageSetupApi ? context.document.sections : null;
      sections?.load("items");
      await context.sync();
      let restored = 0;
      let skipped = 0;
      const checks: { after: Word.Paragraph; expected: string | null }[] = [];
      for (const item of saved.items) {
        const p = paragraphs.items[item.paragraph];
        if (!p || p.text !== item.text) {
          skipped++;
          continue;
        }
        restored++;
        if (item.data === INSERTED) {
          p.delete();
          continue;
        }
        const range = p.insertOoxml(item.data, "Replace");
        const after = range.paragraphs.getLast().getNextOrNullObject();
        after.load("text");
        checks.push({ after, expected: paragraphs.items[item.paragraph + 1]?.text ?? null });
      }
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

  /** 3 syncs (WordApi 1.4): (1) paragraphs' text; (2) searches for spans; (3) the comments. */
  async addComments(findings: Finding[]): Promise<number> {
    if (!this.support.api14) return 0;
    return this.apis.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();
      const targets: { finding: Finding; p: Word.Paragraph; located: LocatedSpan | null }[] = [];
      for (const finding of findings) {
        if (finding.paragraph === null) continue;
        const p = paragraphs.items[finding.paragraph];
        if (!p) continue;
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
