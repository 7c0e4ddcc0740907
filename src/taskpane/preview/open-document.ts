// A .docx read into the in-memory host. The preview imports this apart (its own chunk, with the reader) so the
// pane renders while it loads, and reads the sample plan once the pane is up.
import type { DocModel } from "../../core/model/types";
import { readDocx } from "../../core/ooxml/read";
import { MemoryHost } from "../../host/memory";

export interface OpenedDocument {
  host: MemoryHost;
  /** The model as read, for the first rendering. */
  model: DocModel;
}

export function openDocument(bytes: Uint8Array): OpenedDocument {
  const model = readDocx(bytes);
  return { host: new MemoryHost(model, undefined, bytes), model };
}
