// Legacy Vietnamese encodings (TCVN3/ABC and VNI) in Word runs: detection by font name or by characters,
// and conversion to Unicode (NFC).
import type { Run } from "../model/types";
import { decodeTcvn3, TCVN3_TELLTALES } from "./tcvn3";
import { decodeVni, VNI_BYTES, VNI_ONLY, VNI_TELLTALE } from "./vni";

export type LegacyEncoding = "tcvn3" | "vni";

export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** True for the upper-case TCVN3 fonts (.VnTimeH…), whose text converts to capitals. */
  upper: boolean;
  /** "font" when the font name says so, "text" when only the characters do (the font was changed, the bytes not). */
  by: "font" | "text";
}

/** Legacy encoding named by a font: .VnTime, .VnTimeH, .VnArial, .VnArialH… (TCVN3); VNI-Times, VNI-Helve… (VNI). */
export function legacyEncodingOfFont(font: string | null | undefined): Omit<LegacyDetection, "by"> | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.Vn/i.test(name)) return { encoding: "tcvn3", upper: /H$/.test(name) };
  if (/^VNI[-_ ]/i.test(name)) return { encoding: "vni", upper: false };
  return null;
}

/** Letters Unicode Vietnamese has and neither legacy code can produce: their presence means the text is Unicode. */
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
const ASCII_LETTER = /[A-Za-z]/;

/** True when the text holds letters only Unicode can write (ạ, ư, đ…): it is Unicode, whatever its font. */
export function hasUnicodeOnlyLetters(text: string): boolean {
  return UNICODE_ONLY.test(text);
}

const LEGACY_RANGE = /[\u00A1-\u00FF\uF000-\uF0FF]/;

function tcvn3Hits(text: string): number {
  let hits = 0;
  const near = (c: string | undefined) => c !== undefined && (ASCII_LETTER.test(c) || TCVN3_TELLTALES.has(c));
  for (let i = 0; i < text.length; i++) {
    if (TCVN3_TELLTALES.has(text[i]) && (near(text[i - 1]) || near(text[i + 1]))) hits++;
  }
  return hits;
}

function vniHits(text: string): number {
  return text.match(VNI_TELLTALE)?.length ?? 0;
}

/** TCVN3 letter codes VNI never uses (µ ¸ © « ¬ ®…): they tell TCVN3 from VNI when both match. */
const TCVN3_ONLY = new Set([...TCVN3_TELLTALES].filter((ch) => !VNI_BYTES.includes(ch)));

function tcvn3OnlyCount(text: string): number {
  let n = 0;
  for (const ch of text) if (TCVN3_ONLY.has(ch)) n++;
  return n;
}

/** TCVN3 codes that are symbols, not letters, in every other language: one of them inside a word is enough. */
const TCVN3_SYMBOL_IN_WORD =
  /[A-Za-z][µ¸¶·¹¨»¾¼½©®ª«¬¡¢£¤¥¦§÷\u00AD]|[µ¸¶·¹¨»¾¼½©®ª«¬¡¢£¤¥¦§÷\u00AD][A-Za-z]/;

/**
 * Encoding shown by the characters alone. Two telltales are needed; in a short run (often a single word) one will
 * do if it is a TCVN3 symbol code inside a word ("nh©n"), never a letter of another language (Müller, España).
 * Text holding letters only Unicode has (ạ, ư, đ…) is never legacy.
 */
export function detectLegacyText(text: string): LegacyEncoding | null {
  if (!LEGACY_RANGE.test(text) || UNICODE_ONLY.test(text)) return null;
  const tcvn = tcvn3Hits(text);
  const vni = vniHits(text);
  const hits = Math.max(tcvn, vni);
  if (hits === 0) return null;
  if (hits < 2 && (text.trim().length > 20 || !TCVN3_SYMBOL_IN_WORD.test(text))) return null;
  const tcvnOnly = tcvn3OnlyCount(text);
  const vniOnly = text.match(VNI_ONLY)?.length ?? 0;
  if (tcvnOnly !== vniOnly) return tcvnOnly > vniOnly ? "tcvn3" : "vni";
  return tcvn >= vni ? "tcvn3" : "vni";
}

/** How a run is legacy-encoded, or null. Runs without visible text are never reported. */
export function detectLegacyRun(run: Run): LegacyDetection | null {
  if (run.kind !== "text" || run.text.trim() === "") return null;
  const byFont = legacyEncodingOfFont(run.format.font);
  if (byFont) return { ...byFont, by: "font" };
  const encoding = detectLegacyText(run.text);
  return encoding ? { encoding, upper: false, by: "text" } : null;
}

/**
 * True when font-legacy-encoding reports this run (legacy font, or legacy characters in another font);
 * font-family uses it so that such runs are reported once.
 */
export function isLegacyEncodedRun(run: Run): boolean {
  return detectLegacyRun(run) !== null;
}

/** Legacy text converted to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding, upper = false): string {
  const out = encoding === "tcvn3" ? decodeTcvn3(text, upper) : decodeVni(text);
  return out.normalize("NFC");
}
