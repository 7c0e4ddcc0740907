// Tone-mark placement in the open syllables oa, oe, uy: kiểu cũ puts the mark on the first vowel (hòa, khỏe, thủy),
// kiểu mới on the second (hoà, khoẻ, thuỷ). Every other syllable has one accepted placement and is left alone.
import { hasMark, isLetterOrMark } from "./letters";

export type ToneStyle = "old" | "new";

/** Combining tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng). */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

/**
 * A syllable whose rime is exactly oa, oe or uy with no final consonant. Onsets qu- and gi- are excluded
 * (in quý, giữa the u/i belongs to the onset), and so is everything closed (hoàn, thuyền).
 */
const OPEN_CLUSTER = /^(ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])?(oa|oe|uy)$/;

interface Letter {
  base: string;
  marks: string;
}

function splitLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of word.normalize("NFD")) {
    if (hasMark(ch) && letters.length > 0) letters[letters.length - 1].marks += ch;
    else letters.push({ base: ch, marks: "" });
  }
  return letters;
}

interface ClusterSyllable {
  letters: Letter[];
  /** Index of the cluster's first vowel in `letters`. */
  first: number;
  /** Index of the letter carrying the tone mark. */
  toneAt: number;
  tone: string;
}

/** Cheap first look on NFC text: a word that can be a marked oa/oe/uy syllable ends in one of these pairs. */
const MAYBE_CLUSTER = /(?:[oòóỏõọOÒÓỎÕỌ][aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ]|[uùúủũụUÙÚỦŨỤ][yỳýỷỹỵYỲÝỶỸỴ])$/;

const COMBINING = /[\u0300-\u036f]/;
const ANY_CLUSTER = /[oòóỏõọOÒÓỎÕỌ][aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ]|[uùúủũụUÙÚỦŨỤ][yỳýỷỹỵYỲÝỶỸỴ]/;

/** False when a text surely holds no marked oa/oe/uy syllable (a quick test before splitting it into words). */
export function mayHoldCluster(text: string): boolean {
  return ANY_CLUSTER.test(text) || COMBINING.test(text);
}

function analyse(word: string): ClusterSyllable | null {
  if (word.length > 12) return null;
  if (!MAYBE_CLUSTER.test(word) && !(COMBINING.test(word) && MAYBE_CLUSTER.test(word.normalize("NFC"))))
    return null;
  const letters = splitLetters(word);
  if (letters.length < 2 || letters.length > 5) return null;
  let toneAt = -1;
  let tone = "";
  const bare: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    let rest = "";
    for (const m of letters[i].marks) {
      if (TONE_MARKS.has(m)) {
        if (toneAt !== -1) return null;
        toneAt = i;
        tone = m;
      } else rest += m;
    }
    bare.push((letters[i].base + rest).normalize("NFC").toLowerCase());
  }
  if (toneAt === -1) return null;
  const match = OPEN_CLUSTER.exec(bare.join(""));
  if (!match) return null;
  const first = letters.length - 2;
  if (toneAt !== first && toneAt !== first + 1) return null;
  return { letters, first, toneAt, tone };
}

/** The style a word shows, or null when it is not a marked oa/oe/uy open syllable. */
export function toneStyleOf(word: string): ToneStyle | null {
  const s = analyse(word);
  if (!s) return null;
  return s.toneAt === s.first ? "old" : "new";
}

/** The word with its tone mark moved to the given style's vowel; other words come back unchanged. */
export function convertSyllable(word: string, style: ToneStyle): string {
  const s = analyse(word);
  if (!s) return word;
  const target = style === "old" ? s.first : s.first + 1;
  if (target === s.toneAt) return word;
  const letters = s.letters.map((l) => ({ ...l }));
  letters[s.toneAt].marks = letters[s.toneAt].marks.replace(s.tone, "");
  // Vietnamese orders the tone after any vowel-quality mark; the target vowel has none in these clusters.
  letters[target].marks += s.tone;
  return letters
    .map((l) => l.base + l.marks)
    .join("")
    .normalize("NFC");
}

/** Words of a text: letters with their combining marks. */
export const WORD = /[\p{L}\p{M}]+/gu;
/** The end of a word (as WORD matches it) in a precomposed oa/oe/uy pair: the only NFC words toneStyleOf accepts. */
const CLUSTER_END =
  /(?:[oòóỏõọOÒÓỎÕỌ][aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ]|[uùúủũụUÙÚỦŨỤ][yỳýỷỹỵYỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/**
 * The words of an NFC text (no combining marks) that end in oa/oe/uy, as WORD would match them: a quick scan for
 * the pair, then back to the start of its word. Much cheaper than visiting every word of a long document.
 */
export function* clusterWords(text: string): Generator<{ word: string; index: number }> {
  for (const m of text.matchAll(CLUSTER_END)) {
    let start = m.index;
    while (start > 0) {
      const low = text.charCodeAt(start - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && /[\ud800-\udbff]/.test(text[start - 2]);
      const ch = pair ? text.slice(start - 2, start) : text[start - 1];
      if (!isLetterOrMark(ch)) break;
      start -= ch.length;
    }
    yield { word: text.slice(start, m.index + m[0].length), index: start };
  }
}

/** Every oa/oe/uy syllable in a text converted to one style (the rest untouched), as NFC. */
export function convertToneStyle(text: string, style: ToneStyle): string {
  if (COMBINING.test(text)) return text.replace(WORD, (w) => convertSyllable(w, style));
  // Without combining marks only a word ending in oa/oe/uy can change: visit those alone.
  let out = "";
  let copied = 0;
  for (const { word, index } of clusterWords(text)) {
    const converted = convertSyllable(word, style);
    if (converted === word) continue;
    out += text.slice(copied, index) + converted;
    copied = index + word.length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
