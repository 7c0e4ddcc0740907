// State shared while one document or fragment is written.

export interface WriteContext {
  /** Body size in points: the fallback for runs and paragraphs that set none. */
  bodySize: number;
  /** Next id for wp:docPr and VML shapes (unique within the part). */
  nextShapeId: number;
}

export function createContext(bodySize: number): WriteContext {
  return { bodySize, nextShapeId: 1 };
}

export const FONT = "Times New Roman";
export const EMU_PER_TWIP = 635;
export const EMU_PER_PT = 12700;
