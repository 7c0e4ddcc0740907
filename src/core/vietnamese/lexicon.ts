// The set of Vietnamese syllables (from the shipped word list) with the indexes the spelling rule asks: is this a
// syllable, which syllable do these letters and this tone spell, which syllable did a misplaced mark mean.
import { foldDiacritics } from "./fold";
import type { Keystrokes } from "./keystrokes";
import { splitTone } from "./syllable";
import { convertSyllable } from "./tone";

export interface Lexicon {
  syllables: ReadonlySet<string>;
  /** "viêt|nặng" → "việt": the syllable with its tone mark where it belongs. */
  byLetters: ReadonlyMap<string, string>;
  /** "nguoi|huyền" → ["người", …]: syllables by their unmarked letters and tone. */
  byFolded: ReadonlyMap<string, readonly string[]>;
}

/** Build the lexicon from the word list (syllables separated by spaces, lower case, kiểu mới). */
export function buildLexicon(list: string): Lexicon {
  const syllables = new Set(list.split(" "));
  const byLetters = new Map<string, string>();
  const byFolded = new Map<string, string[]>();
  for (const s of syllables) {
    const split = splitTone(s);
    if (!split) continue;
    byLetters.set(`${split.bare}|${split.tone}`, s);
    const key = `${foldDiacritics(split.bare)}|${split.tone}`;
    const list = byFolded.get(key);
    if (list) list.push(s);
    else byFolded.set(key, [s]);
  }
  return { syllables, byLetters, byFolded };
}

/** True when a lower-case NFC word is a syllable, in either tone style and with i or y after q/k/l/m… (quí, quý). */
export function isSyllable(lexicon: Lexicon, word: string): boolean {
  const { syllables } = lexicon;
  if (syllables.has(word)) return true;
  const modern = convertSyllable(word, "new");
  if (modern !== word && syllables.has(modern)) return true;
  const swapped = swapFinalIY(word);
  return swapped !== null && syllables.has(swapped);
}

const I_TO_Y: Record<string, string> = { i: "y", ì: "ỳ", í: "ý", ỉ: "ỷ", ĩ: "ỹ", ị: "ỵ" };
const Y_TO_I: Record<string, string> = Object.fromEntries(Object.entries(I_TO_Y).map(([i, y]) => [y, i]));

/** quí ↔ quý, lí ↔ lý: the final i/y that older and newer spellings exchange. */
function swapFinalIY(word: string): string | null {
  const last = word.slice(-1);
  const swapped = I_TO_Y[last] ?? Y_TO_I[last];
  return swapped ? word.slice(0, -1) + swapped : null;
}

/** The syllable the keystrokes spell, when it is one. */
export function syllableOf(lexicon: Lexicon, keys: Pick<Keystrokes, "bare" | "tone">): string | null {
  return lexicon.byLetters.get(`${keys.bare}|${keys.tone}`) ?? null;
}

/**
 * The syllable a malformed word most likely meant, when only one fits. Edits are tried in tiers, the likeliest
 * first, and a tier with two answers gives none: the same letters with the marks placed right (tòan, ngừoi), two
 * letters swapped (nhưgn), then a doubled letter or a final consonant dropped or the last letter changed (khôngg;
 * thựx is thự or thực, so no answer).
 */
export function likelySyllable(lexicon: Lexicon, word: string): string | null {
  const split = splitTone(word);
  if (split) {
    const placed = syllableOf(lexicon, split);
    if (placed) return placed;
  }
  const letters = Array.from(word);
  const tiers: (() => Iterable<string>)[] = [
    () =>
      split
        ? (lexicon.byFolded.get(`${foldDiacritics(split.bare)}|${split.tone}`) ?? []).filter((s) =>
            sameMarkedVowels(s, split.bare),
          )
        : [],
    () =>
      letters.slice(1).map((_, i) => {
        const swapped = [...letters];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        return swapped.join("");
      }),
    function* () {
      for (let i = 0; i < letters.length; i++) {
        const doubled = letters[i] === letters[i - 1];
        const finalConsonant = i === letters.length - 1 && /[bcdghklmnpqrstvx]/.test(letters[i]);
        if (doubled || finalConsonant) yield [...letters.slice(0, i), ...letters.slice(i + 1)].join("");
      }
      const head = letters.slice(0, -1).join("");
      for (const last of "cghmnptiouy") yield head + last;
    },
  ];
  for (const tier of tiers) {
    const candidates = new Set([...tier()].filter((w) => w !== word && isSyllable(lexicon, w)));
    if (candidates.size > 0) return candidates.size === 1 ? [...candidates][0] : null;
  }
  return null;
}

/** The candidate keeps every vowel-quality mark the word has (ư in "ngừoi" → người, not nguồi). */
function sameMarkedVowels(candidate: string, bare: string): boolean {
  const marks = (w: string) => w.normalize("NFD").replace(/[^\u0302\u0306\u031b]/g, "");
  const have = marks(bare);
  const cand = marks(splitTone(candidate)?.bare ?? candidate);
  return [...have].every((m) => cand.includes(m));
}
