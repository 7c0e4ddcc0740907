// Spelling judgements on single words and on phrases: leftover Telex/VNI keystrokes, words that cannot be a
// Vietnamese syllable, misplaced marks, and listed confusions. Precision first: a word is judged only when it is
// lower case and written in Vietnamese letters; anything else (names, codes, foreign words) is left alone.
import type { Confusion } from "../data/spelling/confusions";
import { decodeTelex, decodeVni, type Keystrokes } from "./keystrokes";
import { isSyllable, likelySyllable, syllableOf, type Lexicon } from "./lexicon";
import { isFault, parseSyllable, splitTone, VIETNAMESE_LETTERS } from "./syllable";
import { convertSyllable } from "./tone";
import { wordTable, type PackedWords, type Token, type Vocabulary, type WordTable } from "./words";

export interface WordVerdict {
  kind: "keystrokes" | "structure" | "marks";
  message: string;
  /** The word meant, when only one fits. */
  suggestion?: string;
}

/**
 * English words that read as Telex keystrokes for a real syllable ("as" → á, "tips" → típ): administrative text
 * quotes them now and then, so they never count as leftovers.
 */
// prettier-ignore
const ENGLISH = new Set([
  "as", "is", "us", "has", "was", "its", "his", "yes", "bus", "box", "tax", "fax", "max", "mix", "fix", "six", "sex",
  "ex", "or", "for", "our", "per", "bar", "car", "far", "star", "tour", "bit", "vs", "plus", "jobs", "tips", "tops",
  "maps", "apps", "ads", "mass", "less", "pass", "boss", "class", "press", "news", "laws", "gas", "sos", "web",
  "wow", "new", "now", "how", "two", "view", "show", "law", "low", "row", "see", "free", "been", "seen", "teen",
  "keen", "moon", "noon", "soon", "door", "poor", "too", "zoo", "saw", "raw", "tow", "bow", "cow", "mow", "sow",
  "vow", "tea", "sea", "bias", "visa", "vios", "cos", "sir", "nor", "air", "hair", "fair", "chair", "pair", "tar",
  "mar", "ban", "bans", "cans", "tons", "hats", "cats", "bets", "nets", "sets", "lots", "pots", "dots", "ox",
  "lax", "sax", "wax", "hex", "sux", "aw", "ow", "wi", "tim", "kim", "lin", "ms", "mr", "mrs", "tv", "pc", "it",
  "chef", "beef", "beer", "deer", "cheer", "peer", "steer", "room", "boom", "boot", "root", "good", "book", "look",
  "took", "cook", "hook", "cool", "pool", "tool", "food", "mood", "add", "odd", "seed", "need", "feed", "week",
  "seek", "deep", "keep", "sheep", "feel", "heel", "reef", "law", "saw", "draw", "paw",
]);

const TONE_KEYS: Record<string, "sắc" | "huyền" | "hỏi" | "ngã" | "nặng"> = {
  s: "sắc",
  f: "huyền",
  r: "hỏi",
  x: "ngã",
  j: "nặng",
};

function keystrokeVerdict(word: string, keys: Keystrokes, meant: string): WordVerdict {
  return {
    kind: "keystrokes",
    message: `“${word}” còn sót phím gõ ${keys.method} (bộ gõ chưa chuyển thành chữ có dấu); có lẽ là “${meant}”.`,
    suggestion: meant,
  };
}

/**
 * The syllable Telex keys spell; when a circumflex or horn key was left out too ("kiemr" for kiểm), the one syllable
 * with those letters and that tone, if only one has them.
 */
function keystrokeSyllable(lexicon: Lexicon, keys: Keystrokes): string | null {
  const exact = syllableOf(lexicon, keys);
  if (exact) return exact;
  const folded = lexicon.byFolded.get(`${keys.bare}|${keys.tone}`);
  return folded?.length === 1 ? folded[0] : null;
}

/**
 * The verdict on one word of a paragraph (NFC, as written), or null when it is fine or not judged. Whether a
 * keystroke verdict stands (not in a quotation, not in a foreign phrase) is for the caller, who sees the context.
 */
export function judgeWord(lexicon: Lexicon, word: string): WordVerdict | null {
  if (/\d/.test(word)) {
    const keys = decodeVni(word);
    const meant = keys && syllableOf(lexicon, keys);
    return keys && meant ? keystrokeVerdict(word, keys, meant) : null;
  }
  if (!VIETNAMESE_LETTERS.test(word) || isSyllable(lexicon, word)) return null;
  if (/^[a-z]+$/.test(word)) {
    if (ENGLISH.has(word)) return null;
    const keys = decodeTelex(word);
    const meant = keys && keystrokeSyllable(lexicon, keys);
    if (keys && meant && meant !== word) return keystrokeVerdict(word, keys, meant);
    // A doubled final consonant on an unmarked syllable ("ninhh", "khongg").
    const single = word.slice(0, -1);
    if (/([cghmnpt])\1$/.test(word) && word.length >= 4 && isSyllable(lexicon, single))
      return {
        kind: "structure",
        message: `“${word}” không phải là âm tiết tiếng Việt: phụ âm cuối “${word.slice(-2)}” viết lặp; có lẽ là “${single}”.`,
        suggestion: single,
      };
    return null;
  }
  // A tone key typed after a word the input method had already marked ("nghiêmj" → nghiệm).
  const key = TONE_KEYS[word.slice(-1)];
  const head = splitTone(word.slice(0, -1));
  if (key && head && head.tone === "") {
    const meant = syllableOf(lexicon, { bare: head.bare, tone: key });
    if (meant) return keystrokeVerdict(word, { method: "Telex", bare: head.bare, tone: key }, meant);
  }
  const parsed = parseSyllable(word);
  const meant = likelySyllable(lexicon, word) ?? undefined;
  if (isFault(parsed)) {
    const hint = meant ? `; có lẽ là “${meant}”` : "";
    return {
      kind: "structure",
      message: `“${word}” không phải là âm tiết tiếng Việt: ${parsed.reason}${hint}.`,
      suggestion: meant,
    };
  }
  // Well formed but not a syllable: judged only when one syllable plainly was meant (a misplaced mark: "tòan").
  return meant
    ? {
        kind: "marks",
        message: `“${word}” không có trong tiếng Việt (dấu đặt sai chỗ hoặc sai chữ); có lẽ là “${meant}”.`,
        suggestion: meant,
      }
    : null;
}

export interface ConfusionMatch {
  confusion: Confusion;
  /** Token indexes [first, last] of the wrong phrase. */
  first: number;
  last: number;
}

/** A token's comparison key: lower case, tone marks kiểu mới, as the confusion list writes them. */
export type KeyOf = (token: Token) => string;

/** Index the confusions by their first syllable (lower case, in either tone style). */
export function indexConfusions(confusions: readonly Confusion[]): Map<string, Confusion[]> {
  const index = new Map<string, Confusion[]>();
  for (const c of confusions) {
    const first = c.wrong.split(" ")[0];
    // Under both tone styles, so a token's own lower-case form finds it without conversion.
    for (const key of new Set([first, convertSyllable(first, "old")])) {
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  return index;
}

/** The words of a listed phrase, split once: a long document meets the same confusion candidates thousands of times. */
const phraseWords = new Map<string, string[]>();
function phraseWordsOf(phrase: string): string[] {
  let words = phraseWords.get(phrase);
  if (words === undefined) phraseWords.set(phrase, (words = phrase.split(" ")));
  return words;
}

/** True when the tokens right before index `at` (exclusive) spell one of the phrases. */
function endsWith(tokens: Token[], at: number, phrases: string[], keyOf: KeyOf): boolean {
  return phrases.some((phrase) => {
    const words = phraseWordsOf(phrase);
    if (at - words.length < 0) return false;
    return words.every((w, k) => keyOf(tokens[at - words.length + k]) === w);
  });
}

/** True when the tokens from index `at` on spell one of the phrases. */
function startsWith(tokens: Token[], at: number, phrases: string[], keyOf: KeyOf): boolean {
  return phrases.some((phrase) => {
    const words = phraseWordsOf(phrase);
    if (at + words.length > tokens.length) return false;
    return words.every((w, k) => keyOf(tokens[at + k]) === w);
  });
}

/** Listed confusions among the tokens of one paragraph, with their context conditions met. */
export function findConfusions(
  tokens: Token[],
  index: Map<string, Confusion[]>,
  keyOf: KeyOf,
): ConfusionMatch[] {
  const found: ConfusionMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.get(tokens[i].key);
    if (!candidates) continue;
    for (const confusion of candidates) {
      const words = phraseWordsOf(confusion.wrong);
      const last = i + words.length - 1;
      if (last >= tokens.length) continue;
      let same = true;
      for (let k = 1; k < words.length && same; k++)
        same = tokens[i + k - 1].spaceAfter && keyOf(tokens[i + k]) === words[k];
      if (!same) continue;
      if (confusion.before && !endsWith(tokens, i, confusion.before, keyOf)) continue;
      if (confusion.after && !startsWith(tokens, last + 1, confusion.after, keyOf)) continue;
      if (confusion.notBefore && endsWith(tokens, i, confusion.notBefore, keyOf)) continue;
      if (confusion.notAfter && startsWith(tokens, last + 1, confusion.notAfter, keyOf)) continue;
      found.push({ confusion, first: i, last });
      i = last;
      break;
    }
  }
  return found;
}

/**
 * Whether the paragraph's words spell a listed confusion's words, before its conditions on the words around it:
 * findConfusions can find nothing where this is false. Read from the packed words, without token objects: in a
 * long document most paragraphs hold a confusion's first word ("công", "thực") and none holds a confusion.
 */
export function mayHoldConfusion(
  text: string,
  { first, count }: PackedWords,
  vocabulary: Vocabulary,
  index: Map<string, Confusion[]>,
): boolean {
  const starts = confusionStarts(vocabulary, index);
  const keys = comparisonKeys(vocabulary);
  for (let i = 0; i < count; i++) {
    const candidates = starts.get(vocabulary.idOf(first + i));
    if (candidates === null) continue;
    for (const confusion of candidates) {
      const words = phraseWordsOf(confusion.wrong);
      if (i + words.length > count) continue;
      let same = true;
      for (let k = 1; k < words.length && same; k++)
        same =
          vocabulary.spacesOnlyAfter(text, first + i + k - 1) &&
          keys.get(vocabulary.idOf(first + i + k)) === words[k];
      if (same) return true;
    }
  }
  return false;
}

/** Per confusion index, per vocabulary: the confusions each word can open (null for none). */
const startTables = new WeakMap<
  Map<string, Confusion[]>,
  WeakMap<Vocabulary, WordTable<Confusion[] | null>>
>();

function confusionStarts(
  vocabulary: Vocabulary,
  index: Map<string, Confusion[]>,
): WordTable<Confusion[] | null> {
  let tables = startTables.get(index);
  if (tables === undefined) startTables.set(index, (tables = new WeakMap()));
  return wordTable(tables, vocabulary, (id, v) => index.get(v.keys[id]) ?? null);
}

const keyTables = new WeakMap<Vocabulary, WordTable<string>>();

/** The comparison key (see `comparisonKey`) of each word of a vocabulary, by id. */
export function comparisonKeys(vocabulary: Vocabulary): WordTable<string> {
  return wordTable(keyTables, vocabulary, (id, v) => comparisonKey(v.keys[id]));
}

/** Keys already converted: a document's (and a session's) vocabulary is small, and conversion is not free. */
const keyCache = new Map<string, string>();

/** A token's comparison key: lower case, tone marks kiểu mới, as the confusion and name lists write them. */
export const confusionKey: KeyOf = (token) => comparisonKey(token.key);

/** The comparison key of a word already in lower case. */
export function comparisonKey(lower: string): string {
  let key = keyCache.get(lower);
  if (key === undefined) keyCache.set(lower, (key = convertSyllable(lower.normalize("NFC"), "new")));
  return key;
}

/** The replacement written in the case of the original: all capitals, a capital first letter, or as listed. */
export function inCaseOf(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase())
    return replacement.toUpperCase();
  const first = original.charAt(0);
  return first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}
