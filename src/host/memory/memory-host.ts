// The document held in memory: the browser preview and the tests run the task pane against it. It behaves like
// the Word host (same edit planning, same skipped reasons, same restore) and tells listeners when it changes.
// Given the .docx it was read from, it also keeps that package up to date, through the CLI's fix path
// (src/core/ooxml/patch: edits patched into word/document.xml, inserts as the one writer's fragment, every other
// part kept), so the preview can hand the edited document back as a file.
import type { Block } from "../../core/model/blocks";
import type { DocModel, Paragraph } from "../../core/model/types";
import { insertIntoDocx, patchDocx } from "../../core/ooxml/patch";
import { readDocx, readFlatOpc } from "../../core/ooxml/read";
import { writeFragment } from "../../core/ooxml/write";
import { sameText } from "../../core/text/paragraph-text";
import type { Edit, Finding } from "../../core/rules/types";
import type {
  ApplyResult,
  DocumentHost,
  HostCapabilities,
  InsertResult,
  InsertWhere,
  SavedState,
} from "../document-host";
import { applyEditsToModel, cloneModel as clone } from "./apply-edits";
import { memoryCapabilities } from "./capabilities";
import { insertBody, removeBody } from "./splice";

/** The caret or selection, as the preview sets it from the user's clicks. */
export interface MemorySelection {
  /** First selected body paragraph (where the caret is). */
  paragraph: number;
  /** Offsets in `paragraph` (start === end: the caret); absent: the whole paragraph. */
  span?: { start: number; end: number };
  /** Last selected body paragraph when the selection runs over several (inclusive). */
  last?: number;
}

export interface MemoryComment {
  finding: Finding;
  /** Body paragraph the comment is attached to (null: the whole document). */
  paragraph: number | null;
}

export type MemoryHostEvent =
  | { type: "change"; model: DocModel }
  | { type: "select"; selection: MemorySelection }
  /** Paragraphs the pane just inserted, for the preview to show where they went. */
  | { type: "inserted"; first: number; count: number }
  | { type: "comments"; comments: MemoryComment[] };

export type MemoryListener = (event: MemoryHostEvent) => void;

/** Blocks → model of their paragraphs; by default through the one writer and the one reader. */
export type BlocksToModel = (blocks: Block[]) => DocModel;

const throughOoxml: BlocksToModel = (blocks) => readFlatOpc(writeFragment(blocks));

/** Payload of a memory SavedState item. */
type SavedItem = { op: "paragraph"; paragraph: Paragraph } | { op: "inserted" };

let savedCounter = 0;
const newId = (): string => `memory-${Date.now().toString(36)}-${++savedCounter}`;

export class MemoryHost implements DocumentHost {
  private model: DocModel;
  private selection: MemorySelection | null = null;
  private commentList: MemoryComment[] = [];
  private readonly listeners = new Set<MemoryListener>();
  /** The .docx package the model came from, with every change since; null when not known (or lost, see docx()). */
  private bytes: Uint8Array | null;
  /** The package before each change still undoable, by SavedState id, oldest first. */
  private readonly bytesBefore = new Map<string, Uint8Array>();

  /** `docx`: the package `model` was read from, to keep in step (see docx()). */
  constructor(
    model: DocModel,
    private readonly blocksToModel: BlocksToModel = throughOoxml,
    docx: Uint8Array | null = null,
  ) {
    this.model = clone(model);
    this.bytes = docx;
  }

  /**
   * The document as a .docx: the package it was opened from with the changes made since. Null when the host was
   * not given one, or when a change could not be written into it (the preview then says it cannot download).
   */
  docx(): Uint8Array | null {
    return this.bytes;
  }

  /** Runs one change on the package; a package the patcher refuses is dropped rather than left out of step. */
  private changePackage(change: (bytes: Uint8Array) => Uint8Array, saved: SavedState | null): void {
    if (!this.bytes) return;
    const before = this.bytes;
    try {
      this.bytes = change(before);
    } catch {
      this.bytes = null;
      this.bytesBefore.clear();
      return;
    }
    if (saved) this.bytesBefore.set(saved.id, before);
  }

  /** Listen to changes, selections and comments; returns the unsubscribe function. */
  subscribe(listener: MemoryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: MemoryHostEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private changed(): void {
    this.emit({ type: "change", model: clone(this.model) });
  }

  /** The current model, for the preview to render (a copy). */
  snapshot(): DocModel {
    return clone(this.model);
  }

  getSelection(): MemorySelection | null {
    return this.selection ? clone(this.selection) : null;
  }

  comments(): MemoryComment[] {
    return clone(this.commentList);
  }

  async capabilities(): Promise<HostCapabilities> {
    return memoryCapabilities();
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<DocModel> {
    onProgress?.(1, 1);
    return clone(this.model);
  }

  async insert(blocks: Block[], where: InsertWhere, label?: string): Promise<InsertResult> {
    const fragment = this.blocksToModel(blocks);
    const at = where === "start" ? 0 : where === "selection" ? this.insertionPoint() : this.model.bodyCount;
    const count = fragment.bodyCount;
    this.model = insertBody(clone(this.model), at, fragment);
    if (count === 0) return { firstParagraph: null, saved: null };
    const items = this.model.paragraphs.slice(at, at + count).map((p) => ({
      paragraph: p.index as number,
      text: p.text,
      data: JSON.stringify({ op: "inserted" } satisfies SavedItem),
    }));
    const saved = this.savedState(label ?? `Chèn ${count} đoạn văn`, items);
    // Before paragraph `at` is after the body element holding paragraph at - 1 (a table holds its cells').
    const point =
      at === 0 ? "start" : at >= this.model.bodyCount - count ? "end" : { afterParagraph: at - 1 };
    this.changePackage((bytes) => insertIntoDocx(bytes, writeFragment(blocks), point).bytes, saved);
    this.changed();
    // The caret follows the new text, as typing would leave it, so the next insertion goes after it.
    const end = this.model.paragraphs[at + count - 1].text.length;
    await this.select(at + count - 1, { start: end, end });
    this.emit({ type: "inserted", first: at, count });
    return { firstParagraph: at, saved };
  }

  /**
   * Where "at the cursor" puts new paragraphs: before the caret's paragraph when the caret stands at its start
   * (or in an empty paragraph), else after the selection's last paragraph; the end without a selection. Word
   * splits a paragraph at a caret inside it; the preview keeps whole paragraphs.
   */
  private insertionPoint(): number {
    const sel = this.selection;
    if (!sel || sel.paragraph >= this.model.bodyCount) return this.model.bodyCount;
    const caretAtStart =
      sel.last === undefined && sel.span !== undefined && sel.span.start === 0 && sel.span.end === 0;
    if (caretAtStart || this.model.paragraphs[sel.paragraph].text === "") return sel.paragraph;
    return Math.min(sel.last ?? sel.paragraph, this.model.bodyCount - 1) + 1;
  }

  async openNew(docx: Uint8Array): Promise<void> {
    this.model = readDocx(docx);
    this.bytes = docx;
    this.bytesBefore.clear();
    this.selection = null;
    this.commentList = [];
    this.changed();
  }

  /** `excerpt` is not needed here (the memory host's text is the model's); `last` extends the selection over
   * paragraphs, as a drag in the preview does. */
  async select(
    paragraph: number,
    span?: { start: number; end: number },
    _excerpt?: string,
    last?: number,
  ): Promise<void> {
    this.selection = { paragraph };
    if (span) this.selection.span = { ...span };
    if (last !== undefined && last > paragraph) this.selection.last = last;
    this.emit({ type: "select", selection: clone(this.selection) });
  }

  /** The selected body paragraphs, whole (the caret's paragraph for a bare caret, as Word gives). */
  async readSelection(): Promise<Paragraph[]> {
    const sel = this.selection;
    if (!sel) return [];
    const last = Math.min(sel.last ?? sel.paragraph, this.model.bodyCount - 1);
    return this.model.paragraphs.slice(sel.paragraph, last + 1).map(clone);
  }

  async applyEdits(
    edits: Edit[],
    options?: { trackChanges?: boolean; label?: string },
  ): Promise<ApplyResult> {
    const { model, applied, skipped, paragraphsBefore, pagesBefore } = applyEditsToModel(this.model, edits);
    if (applied === 0) return { applied, skipped, saved: null };
    this.model = model;
    const items = [...paragraphsBefore].map(([index, original]) => ({
      paragraph: index,
      text: model.paragraphs[index].text,
      data: JSON.stringify({ op: "paragraph", paragraph: original } satisfies SavedItem),
    }));
    const sections = [...pagesBefore].map(([index, page]) => ({ index, page }));
    const saved = this.savedState(
      options?.label ?? `Sửa ${applied} chỗ`,
      items,
      sections.length ? sections : undefined,
    );
    this.changePackage((bytes) => patchDocx(bytes, edits).bytes, saved);
    this.changed();
    return { applied, skipped, saved };
  }

  private savedState(label: string, items: SavedState["items"], sections?: unknown): SavedState {
    const saved: SavedState = { id: newId(), label, createdAt: new Date().toISOString(), items };
    if (sections) saved.sections = JSON.stringify(sections);
    return saved;
  }

  async restore(saved: SavedState): Promise<{ restored: number; skipped: number }> {
    let model = clone(this.model);
    let restored = 0;
    let skipped = 0;
    const removals: number[] = [];
    for (const item of saved.items) {
      const current = item.paragraph < model.bodyCount ? model.paragraphs[item.paragraph] : undefined;
      if (!current || !sameText(current.text, item.text)) {
        skipped++;
        continue;
      }
      const data = JSON.parse(item.data) as SavedItem;
      if (data.op === "inserted") removals.push(item.paragraph);
      else model.paragraphs[item.paragraph] = { ...data.paragraph, id: current.id, index: current.index };
      restored++;
    }
    if (removals.length) model = removeBody(model, removals);
    if (saved.sections) {
      for (const { index, page } of JSON.parse(saved.sections) as {
        index: number;
        page: DocModel["sections"][number]["page"];
      }[])
        if (model.sections[index]) model.sections[index].page = page;
    }
    this.model = model;
    this.restorePackage(saved.id);
    this.changed();
    return { restored, skipped };
  }

  /**
   * The package as it was before the change `id`; the changes after it go too. The preview's document changes
   * only through the pane, so the bytes before a change are what its undo gives (comments are not in the package).
   */
  private restorePackage(id: string): void {
    const before = this.bytesBefore.get(id);
    if (!before) return;
    let later = false;
    for (const key of [...this.bytesBefore.keys()]) {
      if (key === id) later = true;
      if (later) this.bytesBefore.delete(key);
    }
    this.bytes = before;
  }

  async addComments(findings: Finding[]): Promise<number> {
    for (const finding of findings)
      this.commentList.push({ finding: clone(finding), paragraph: finding.paragraph });
    this.emit({ type: "comments", comments: this.comments() });
    return findings.length;
  }
}
