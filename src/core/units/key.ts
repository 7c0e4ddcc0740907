// One spelling for names that Vietnamese writes several ways: case, tone placement (Hòa/Hoà), spaces, NFC.
import { convertToneStyle } from "../vietnamese/tone";

/** "Khánh Hoà" and "KHÁNH HÒA" → "khánh hòa". */
export function unitKey(name: string): string {
  return convertToneStyle(name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim(), "old");
}
