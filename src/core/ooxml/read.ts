// The one OOXML reader. TEMPORARY STUB — owned by the reader work (h3-reader).
import type { DocModel } from "../model/types";

export interface ReadOptions {
  /** Progress callback: bytes or paragraphs done / total. */
  onProgress?: (done: number, total: number) => void;
}

/** Read a .docx (zip bytes) into the model. Throws VanThuError with one Vietnamese sentence on bad input. */
export function readDocx(_bytes: Uint8Array, _options?: ReadOptions): DocModel {
  throw new Error("readDocx: not implemented yet");
}

/** Read the flat OPC package that Word's getOoxml() returns. */
export function readFlatOpc(_xml: string, _options?: ReadOptions): DocModel {
  throw new Error("readFlatOpc: not implemented yet");
}
