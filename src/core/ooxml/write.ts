// The one OOXML writer. TEMPORARY STUB — owned by the drafting work (h6-drafting).
import type { Block, DocumentSpec } from "../model/blocks";

/** A whole .docx from a document spec. */
export function writeDocx(_spec: DocumentSpec): Uint8Array {
  throw new Error("writeDocx: not implemented yet");
}

/** A flat OPC package (pkg:package) holding the blocks, for Word's insertOoxml. */
export function writeFragment(_blocks: Block[], _options?: { bodySize?: number }): string {
  throw new Error("writeFragment: not implemented yet");
}
