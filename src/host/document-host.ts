// "The document" as the task pane and the CLI see it. Adapters: word/ (Office.js), memory/ (preview, tests),
// docx/ (files, CLI). Each operation is one batch; edits carry the text they expect and changed targets are
// skipped and reported; every change first keeps what it replaces so the pane can restore it.
import type { Block } from "../core/model/blocks";
import type { DocModel, Paragraph } from "../core/model/types";
import type { Edit, Finding } from "../core/rules/types";

export interface HostCapabilities {
  host: "word" | "memory" | "docx";
  /** Word comments (WordApi 1.4 in Word). */
  comments: boolean;
  /** Track changes on/off (WordApi 1.4 in Word). */
  trackChanges: boolean;
  /** Open a whole .docx as a new document (WordApi 1.3 createDocument). */
  openNewDocument: boolean;
  /** Select/scroll to a paragraph. */
  select: boolean;
  /** Page setup can be read (file bytes or Word.PageSetup). */
  pageSetup: boolean;
  /** Vietnamese reason for each feature that is off, keyed by the capability name. */
  reasons: Partial<Record<"comments" | "trackChanges" | "openNewDocument" | "select" | "pageSetup", string>>;
}

export type InsertWhere = "selection" | "end" | "start";

/** What a change replaced, kept so "Hoàn tác thay đổi của Trợ lý" can put it back. */
export interface SavedState {
  id: string;
  /** Vietnamese label of the change ("Sửa 12 lỗi font-family"). */
  label: string;
  createdAt: string;
  /** Host-specific payload (paragraph OOXML in Word, paragraph copies in memory, file bytes for docx). */
  items: { paragraph: number; text: string; data: string }[];
  /** For page setup changes: the sections' previous setup, serialised. */
  sections?: string;
}

export interface SkippedEdit {
  edit: Edit;
  /** Vietnamese reason ("Đoạn đã thay đổi từ lần kiểm tra trước"). */
  reason: string;
}

export interface ApplyResult {
  applied: number;
  skipped: SkippedEdit[];
  saved: SavedState | null;
}

export interface InsertResult {
  /** Body index of the first inserted paragraph, when known. */
  firstParagraph: number | null;
  saved: SavedState | null;
  /** Where the blocks went when not where asked (Word: a cursor outside the body sends them to the end). */
  placed?: InsertWhere;
  /** Vietnamese sentence saying why they went there. */
  note?: string;
}

export interface ReadProgress {
  (done: number, total: number): void;
}

export interface DocumentHost {
  capabilities(): Promise<HostCapabilities>;
  /** Read the whole document into the core model. */
  read(onProgress?: ReadProgress): Promise<DocModel>;
  /** Insert blocks at the selection (replacing it), at the start or at the end; one batch. */
  insert(blocks: Block[], where: InsertWhere, label?: string): Promise<InsertResult>;
  /** Open a whole .docx as a new document (skeletons with their own page setup). */
  openNew(docx: Uint8Array): Promise<void>;
  /**
   * Select and scroll to a body paragraph (and a span in it). With a finding's excerpt, a host that can tell
   * refuses when the paragraph no longer holds it (the index would point at other text).
   */
  select(paragraph: number, span?: { start: number; end: number }, excerpt?: string): Promise<void>;
  /** The paragraphs of the current selection (for "save as clause"). */
  readSelection(): Promise<Paragraph[]>;
  /** Apply edits in one batch; targets whose text changed since the check are skipped. */
  applyEdits(edits: Edit[], options?: { trackChanges?: boolean; label?: string }): Promise<ApplyResult>;
  /** Put back what a change replaced (the assistant's own undo). */
  restore(saved: SavedState): Promise<{ restored: number; skipped: number }>;
  /** Leave findings as Word comments; returns how many were added. */
  addComments(findings: Finding[]): Promise<number>;
}
