// Element detection. TEMPORARY STUB — owned by the reader work (h3-reader).
import type { DocModel } from "../model/types";
import type { DocAnalysis } from "./types";

export function analyze(_model: DocModel): DocAnalysis {
  throw new Error("analyze: not implemented yet");
}
