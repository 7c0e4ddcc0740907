// Keystrokes of the Telex and VNI input methods left in the text when the input method was off or missed them:
// "vieetj" (Telex for "việt"), "ddaay" ("đây"), "tie61ng" (VNI for "tiếng"). Decoding gives the toneless letters
// and the tone; a lexicon then says whether that is a real syllable and where its tone mark goes.
import type { Tone } from "./syllable";

export type InputMethod = "Telex" | "VNI";

export interface Keystrokes {
  method: InputMethod;
  /** Letters with vowel-quality marks (â, ơ, đ…) and no tone. */
  bare: string;
  tone: Tone;
}

const TELEX_TONES: Record<string, Tone> = { s: "sắc", f: "huyền", r: "hỏi", x: "ngã", j: "nặng" };
const VNI_TONES: Record<string, Tone> = { "1": "sắc", "2": "huyền", "3": "hỏi", "4": "ngã", "5": "nặng" };

/** Telex letter pairs, longest first: each turns two or three keys into one marked letter; true when English
 * rarely spells the keys (not "ow" or a lone "w"). */
const TELEX_PAIRS: [RegExp, string, boolean][] = [
  [/^dd/, "đ", true],
  [/uow|uwow|uwo/, "ươ", true],
  [/aa/, "â", true],
  [/ee/, "ê", true],
  [/oo/, "ô", true],
  [/aw/, "ă", true],
  [/ow/, "ơ", false],
  [/uw/, "ư", true],
  [/w/, "ư", false],
];

/**
 * Read a lower-case ASCII word as Telex keystrokes. Null unless the keys hold plain Telex evidence: a mark English
 * rarely spells (dd, aa, ee, oo, aw, uw), a final "f" or "j" tone key, or a final "r" after three letters. A lone
 * "w"/"ow" ("own", "now"), a final s or x, or a short word in r ("host", "box", "for") is what English words look like,
 * so those alone never decode.
 */
export function decodeTelex(word: string): Keystrokes | null {
  if (!/^[a-z]{2,}$/.test(word)) return null;
  let rest = word;
  let tone: Tone = "";
  const firstVowel = rest.search(/[aeiouy]/);
  if (firstVowel < 0) return null;
  // One tone key, typed after the first vowel (usually last).
  const toneAt = rest.slice(firstVowel + 1).search(/[sfrxj](?=[^aeiouy]*$)/);
  if (toneAt >= 0) {
    const at = firstVowel + 1 + toneAt;
    const key = rest[at];
    // A final consonant that the key could also be ("s" never ends a Vietnamese word, neither do f r x j).
    tone = TELEX_TONES[key];
    rest = rest.slice(0, at) + rest.slice(at + 1);
  }
  let strong = (word.length >= 3 && /[fj]$/.test(word)) || (word.length >= 4 && /r$/.test(word));
  for (const [pattern, letter, plain] of TELEX_PAIRS) {
    if (!pattern.test(rest)) continue;
    rest = rest.replace(pattern, letter);
    strong ||= plain;
  }
  if (!strong) return null;
  if (/[a-z]/.test(rest) && /[fjwz]/.test(rest)) return null;
  return { method: "Telex", bare: rest, tone };
}

/** Read a lower-case word with digits as VNI keystrokes (6 â ê ô, 7 ơ ư, 8 ă, 9 đ, 1–5 tones). */
export function decodeVni(word: string): Keystrokes | null {
  if (!/^[a-z][a-z1-9]*[1-9][a-z1-9]*$/.test(word) || word.replace(/\d/g, "").length < 3) return null;
  let bare = "";
  let tone: Tone = "";
  for (const ch of word) {
    if (/[a-z]/.test(ch)) {
      bare += ch;
      continue;
    }
    if (VNI_TONES[ch]) {
      if (tone !== "") return null;
      tone = VNI_TONES[ch];
      continue;
    }
    const mark = { "6": "\u0302", "7": "\u031b", "8": "\u0306", "9": "" }[ch];
    const target = { "6": /[aeo](?=[^aeo]*$)/, "7": /[ou](?=[^ou]*$)/, "8": /a(?=[^a]*$)/, "9": /^d/ }[ch];
    if (mark === undefined || !target || !target.test(bare)) return null;
    bare =
      ch === "9"
        ? bare.replace(target, "đ")
        : ch === "7" && /uo$|uo[^aeiouy]*$/.test(bare)
          ? bare.replace(/uo(?=[^aeiouy]*$)/, "ươ")
          : bare.replace(target, (v) => (v + mark).normalize("NFC"));
  }
  return { method: "VNI", bare: bare.normalize("NFC"), tone };
}
