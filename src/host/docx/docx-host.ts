// The document as a .docx file, for the CLI: read with the one reader, edits patched into word/document.xml
// (every other byte of the package kept), and saved to a NEW file — the input is never written over.
import { readFile, realpath, stat, writeFile } from "fs/promises";
import { resolve } from "path";
import { VanThuError } from "../../core/errors";
import type { Block } from "../../core/model/blocks";
import type { DocModel, Paragraph } from "../../core/model/types";
import { insertIntoDocx, patchDocx, restoreDocx } from "../../core/ooxml/patch";
import type { SavedSection } from "../../core/ooxml/patch";
import { writeFragment } from "../../core/ooxml/write";
import { readDocxInNode } from "./node-inflater";
import type { Edit } from "../../core/rules/types";
import type {
  ApplyResult,
  DocumentHost,
  HostCapabilities,
  InsertResult,
  InsertWhere,
  ReadProgress,
  SavedState,
} from "../document-host";

let savedCounter = 0;

export class DocxHost implements DocumentHost {
  private bytes: Uint8Array;
  private selected: number | null = null;

  /** `sourcePath`: the file the bytes came from, which save() refuses to write over. */
  constructor(
    bytes: Uint8Array,
    private readonly sourcePath: string | null = null,
  ) {
    this.bytes = bytes;
  }

  /** Open a .docx from disk (the bytes are checked when read). */
  static async open(path: string): Promise<DocxHost> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch {
      throw new VanThuError("io", `Không đọc được tệp "${path}".`);
    }
    return new DocxHost(bytes, path);
  }

  /** The current bytes of the document (after any edits). */
  content(): Uint8Array {
    return this.bytes;
  }

  async capabilities(): Promise<HostCapabilities> {
    return {
      host: "docx",
      comments: false,
      trackChanges: true,
      openNewDocument: true,
      select: false,
      pageSetup: true,
      reasons: {
        comments: "Khi làm việc trên tệp .docx, nhận xét không được ghi; kết quả nằm trong báo cáo.",
        select: "Khi làm việc trên tệp .docx không có con trỏ để chọn đoạn văn.",
      },
    };
  }

  async read(onProgress?: ReadProgress): Promise<DocModel> {
    return readDocxInNode(this.bytes, onProgress);
  }

  /** Insert after the paragraph last passed to select() ("selection"), at the start or at the end. */
  async insert(blocks: Block[], where: InsertWhere): Promise<InsertResult> {
    const at =
      where === "start"
        ? "start"
        : where === "selection" && this.selected !== null
          ? { afterParagraph: this.selected }
          : "end";
    const result = insertIntoDocx(this.bytes, writeFragment(blocks), at);
    this.bytes = result.bytes;
    return { firstParagraph: result.count > 0 ? result.firstParagraph : null, saved: null };
  }

  /** The new document replaces the current one (it is checked by reading it first). */
  async openNew(docx: Uint8Array): Promise<void> {
    readDocxInNode(docx);
    this.bytes = docx;
    this.selected = null;
  }

  /** Remembers the paragraph for a following insert at the "selection". */
  async select(paragraph: number): Promise<void> {
    this.selected = paragraph;
  }

  async readSelection(): Promise<Paragraph[]> {
    if (this.selected === null) return [];
    const p = (await this.read()).paragraphs[this.selected];
    return p && p.index !== null ? [p] : [];
  }

  async applyEdits(
    edits: Edit[],
    options?: { trackChanges?: boolean; label?: string },
  ): Promise<ApplyResult> {
    const patch = patchDocx(this.bytes, edits, { track: options?.trackChanges });
    this.bytes = patch.bytes;
    if (patch.applied === 0) return { applied: 0, skipped: patch.skipped, saved: null };
    const saved: SavedState = {
      id: `docx-${Date.now().toString(36)}-${++savedCounter}`,
      label: options?.label ?? `Sửa ${patch.applied} chỗ`,
      createdAt: new Date().toISOString(),
      items: patch.paragraphs.map((p) => ({ paragraph: p.paragraph, text: p.textAfter, data: p.xmlBefore })),
    };
    if (patch.sections.length) saved.sections = JSON.stringify(patch.sections);
    return { applied: patch.applied, skipped: patch.skipped, saved };
  }

  async restore(saved: SavedState): Promise<{ restored: number; skipped: number }> {
    const sections = saved.sections ? (JSON.parse(saved.sections) as SavedSection[]) : [];
    const result = restoreDocx(
      this.bytes,
      saved.items.map((i) => ({ paragraph: i.paragraph, textAfter: i.text, xmlBefore: i.data })),
      sections,
    );
    this.bytes = result.bytes;
    return { restored: result.restored, skipped: result.skipped };
  }

  /** Comments are not written into files; the CLI's report carries the findings. */
  async addComments(): Promise<number> {
    return 0;
  }

  /** Write the current document to a new file; refuses the file it was opened from. */
  async save(path: string): Promise<void> {
    if (this.sourcePath && (await samePath(this.sourcePath, path))) {
      throw new VanThuError("io", "Không ghi đè lên tệp gốc; hãy chọn tên tệp khác cho bản đã sửa.");
    }
    try {
      await writeFile(path, this.bytes);
    } catch {
      throw new VanThuError("io", `Không ghi được tệp "${path}".`);
    }
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [ra, rb] = await Promise.all([realpath(a), realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([stat(ra), stat(rb)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    // The output does not exist yet, so it cannot be the input.
    return false;
  }
}
