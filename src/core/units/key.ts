// One spelling for names that Vietnamese writes several ways: case, tone placement (Hòa/Hoà), spaces, NFC.
import { convertToneStyle, mayHoldCluster } from "../vietnamese/tone";

/** "Khánh Hoà" and "KHÁNH HÒA" → "khánh hòa". */
export function unitKey(name: string): string {
  const lower = name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  // Most names hold no oa/oe/uy syllable: skip the word-by-word conversion for them (the data has 14,000 names).
  return mayHoldCluster(lower) ? convertToneStyle(lower, "old") : lower;
}
