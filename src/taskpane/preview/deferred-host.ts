// A document host the pane can use before its document is open: the preview renders the pane at once and opens
// the sample plan after. Each operation waits for the host, then runs on it in the order the pane called it, so
// nothing the user does meanwhile is lost; if the document cannot be opened, each operation fails with that reason.
import type { Block } from "../../core/model/blocks";
import type { DocModel, Paragraph } from "../../core/model/types";
import type { Edit, Finding } from "../../core/rules/types";
import type {
  ApplyResult,
  DocumentHost,
  HostCapabilities,
  InsertResult,
  InsertWhere,
  ReadProgress,
  SavedState,
} from "../../host/document-host";

export class DeferredHost implements DocumentHost {
  /** `host`: the host once its document is open; `capabilities`: what it can do, known before. */
  constructor(
    private readonly host: Promise<DocumentHost>,
    private readonly known: HostCapabilities,
  ) {
    // A failure is reported by the operations that need the host, not as an unhandled rejection.
    host.catch(() => undefined);
  }

  async capabilities(): Promise<HostCapabilities> {
    return this.known;
  }

  async read(onProgress?: ReadProgress): Promise<DocModel> {
    return (await this.host).read(onProgress);
  }

  async insert(blocks: Block[], where: InsertWhere, label?: string): Promise<InsertResult> {
    return (await this.host).insert(blocks, where, label);
  }

  async openNew(docx: Uint8Array): Promise<void> {
    return (await this.host).openNew(docx);
  }

  async select(paragraph: number, span?: { start: number; end: number }, excerpt?: string): Promise<void> {
    return (await this.host).select(paragraph, span, excerpt);
  }

  async readSelection(): Promise<Paragraph[]> {
    return (await this.host).readSelection();
  }

  async applyEdits(
    edits: Edit[],
    options?: { trackChanges?: boolean; label?: string },
  ): Promise<ApplyResult> {
    return (await this.host).applyEdits(edits, options);
  }

  async restore(saved: SavedState): Promise<{ restored: number; skipped: number }> {
    return (await this.host).restore(saved);
  }

  async addComments(findings: Finding[]): Promise<number> {
    return (await this.host).addComments(findings);
  }
}
