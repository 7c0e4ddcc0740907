// VNI (VNI-Windows): the code of the VNI-Times family. A base letter is followed by a mark byte that carries
// the tone and, for â ê ô ă, the vowel's own mark; ơ ư đ and the toned i forms have single bytes.
// Upper-case letters take the upper-case form of each mark byte.
import { legacyByte } from "./tcvn3";

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";

/** Lower-case mark byte → combining marks added to the preceding vowel; the upper-case byte is 0x20 lower. */
// prettier-ignore
const MARKS: Readonly<Record<number, string>> = {
  0xf8: GRAVE, 0xf9: ACUTE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT,
  0xe2: CIRCUMFLEX, 0xe0: CIRCUMFLEX + GRAVE, 0xe1: CIRCUMFLEX + ACUTE, 0xe5: CIRCUMFLEX + HOOK, 0xe3: CIRCUMFLEX + TILDE,
  0xe4: CIRCUMFLEX + DOT, 0xea: BREVE, 0xe8: BREVE + GRAVE, 0xe9: BREVE + ACUTE, 0xfa: BREVE + HOOK,
  0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
};

/** Single-byte letters (lower-case byte; the upper-case letter is at byte − 0x20). */
// prettier-ignore
const LETTERS: Readonly<Record<number, string>> = {
  0xf1: "đ", 0xf4: "ơ", 0xf6: "ư", 0xec: "ì", 0xed: "í", 0xe6: "ỉ", 0xf3: "ĩ", 0xf2: "ị", 0xee: "ỵ",
};

/** Which marks each base vowel takes: the circumflex on a e o, the breve on a only, tones on all. */
function accepts(base: string, marks: string): boolean {
  const b = base.toLowerCase();
  if (marks.startsWith(CIRCUMFLEX)) return b === "a" || b === "e" || b === "o";
  if (marks.startsWith(BREVE)) return b === "a";
  return "aeiouyơư".includes(b);
}

function letterAt(byte: number): { letter: string; upper: boolean } | null {
  if (LETTERS[byte]) return { letter: LETTERS[byte], upper: false };
  if (LETTERS[byte + 0x20]) return { letter: LETTERS[byte + 0x20].toUpperCase(), upper: true };
  return null;
}

function markAt(byte: number, upper: boolean): string | null {
  // VNI pairs upper-case letters with upper-case marks, but mixed pairs occur after retyping: accept both.
  return MARKS[upper ? byte + 0x20 : byte] ?? MARKS[byte] ?? MARKS[byte + 0x20] ?? null;
}

export function decodeVni(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const byte = legacyByte(chars[i]);
    const single = letterAt(byte);
    let base = single
      ? single.letter
      : byte !== chars[i].charCodeAt(0)
        ? String.fromCharCode(byte)
        : chars[i];
    const upper = base !== base.toLowerCase();
    if (i + 1 < chars.length && /[a-zA-ZơưƠƯ]/.test(base)) {
      const marks = markAt(legacyByte(chars[i + 1]), upper);
      if (marks && accepts(base, marks)) {
        base = (base + marks).normalize("NFC");
        i++;
      }
    }
    out += base;
  }
  return out.normalize("NFC");
}

/**
 * Pairs that never occur in Unicode Vietnamese: a vowel followed by a VNI mark byte (aø, aù, eä, oï, aá, oâ…),
 * or đ/ư bytes glued to ASCII letters. Pairs like oà, uá, uâ are left out: hoà, quá, xuân are Unicode words.
 */
export const VNI_TELLTALE =
  /[aeouyAEOUYôöÔÖ][ùøûõïÙØÛÕÏåäëüÅÄËÜ]|[aeAE][áàâãÁÀÂÃ]|[oO][âÂ]|[ñÑöÖ](?=[a-zA-Z])|[a-zA-Z][ñÑöÖ]/g;

/** The part of VNI_TELLTALE that TCVN3 text cannot produce: it tells VNI from TCVN3 when both match. */
export const VNI_ONLY = /[aeouyAEOUYôöÔÖ][ùøûõÙØÛÕ]|[aeAE][áàâãÁÀÂÃ]|[oO][âÂ]/g;

/** Every byte VNI uses for letters and marks. */
export const VNI_BYTES = "øùûõïâáàåãäêéèúüëñôöìíæóòîØÙÛÕÏÂÁÀÅÃÄÊÉÈÚÜËÑÔÖÌÍÆÓÒÎ";
