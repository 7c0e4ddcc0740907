// Word-level facts about Vietnamese administrative text: abbreviations written with a dot, function words,
// and tokens separated only by spaces.
import { isOneLetter } from "./letters";

/** Abbreviations that take a dot in administrative text (lower-cased, without the dot). */
// prettier-ignore
const DOT_ABBREVIATIONS = new Set([
  "tm", "kt", "tl", "tuq", "q", "tp", "tx", "tt", "ths", "ts", "pgs", "gs",
  "bs", "ks", "cn", "ckii", "cki", "v.v", "vv", "tr", "st", "ng", "nxb", "th.s",
  "pgs.ts", "gs.ts", "ths.bs", "bsck", "bsckii", "đ/c", "đc", "tp.hcm",
]);

/**
 * True when the word before a dot is an abbreviation rather than the end of a sentence: the listed ones,
 * initials (one letter), short upper-case codes ("TM", "KT", "TP"), and anything with an inner dot ("v.v").
 */
export function isDotAbbreviation(word: string): boolean {
  const w = word.replace(/^[./]+/, "");
  if (w === "") return false;
  if (DOT_ABBREVIATIONS.has(w.toLowerCase())) return true;
  if (isOneLetter(w)) return true;
  if (/^\p{Lu}{1,3}$/u.test(w)) return true;
  return w.includes(".");
}

/**
 * Function words: repeating one of them ("của của", "và và") is always a slip. Words that reduplicate in
 * ordinary Vietnamese (từ từ, hay hay, đều đều, song song, lại lại, thường thường…) are deliberately absent.
 */
// prettier-ignore
export const FUNCTION_WORDS = new Set([
  "của", "và", "các", "những", "là", "có", "được", "bị", "cho", "với", "trong", "trên",
  "dưới", "để", "thì", "mà", "này", "ở", "tại", "theo", "về", "đến", "nhằm", "do",
  "vì", "nên", "hoặc", "cũng", "đã", "đang", "sẽ", "không", "một", "như", "khi", "nếu",
  "thuộc", "bởi", "qua", "đối", "giữa", "sau", "trước", "từng", "mỗi", "cùng", "tới", "rằng",
  "nhưng", "tuy", "còn", "vẫn", "chưa", "phải", "cần",
]);

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased. */
  key: string;
  start: number;
  end: number;
  /** True when only spaces separate this token from the next one. */
  spaceAfter: boolean;
}

/** A letter, mark or digit: what words are made of. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Per UTF-16 unit, filled as met: 0 not yet known, 1 part of a word, 2 not. */
const unitClass = new Uint8Array(0x10000);

/** Code units of the word character at i (2 for one written as a surrogate pair), or 0 when none is there. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = unitClass[c];
  if (k === 0) k = unitClass[c] = WORD_CHAR.test(text[i]) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** True when a and b hold the same code units in [start, end): a word already in lower case needs no copy. */
function sameRange(a: string, b: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/**
 * A paragraph's words as packed offsets: `bounds[2k]` and `bounds[2k + 1]` are where word k starts and ends, and
 * `lower` the paragraph in lower case when each word's lower case can be cut from it. Kept between the rules of
 * one check instead of token objects: half a million objects alive through a check cost more to move from the
 * young generation than to build again, short-lived, for each rule that reads them.
 */
export interface PackedWords {
  /** Small integers only: V8 keeps them unboxed in one block the garbage collector need not look into. */
  bounds: number[];
  lower: string | null;
}

/** Maximal runs of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/gu`), scanned by hand: no match objects. */
export function scanWords(text: string): PackedWords {
  const bounds: number[] = [];
  for (let i = 0; i < text.length;) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < text.length ? wordCharAt(text, i) : 0;
    }
    bounds.push(start, i);
  }
  // Lower-case the paragraph once and cut the keys from it, when that gives each word's own lower case: no
  // character changes length (İ) and no Σ, whose lower case depends on what follows it.
  const lower = bounds.length === 0 ? null : text.toLowerCase();
  const shared = lower !== null && lower.length === text.length && !text.includes("\u03a3");
  return { bounds, lower: shared ? lower : null };
}

/** The tokens of `text` from its packed words. */
export function unpackWords(text: string, { bounds, lower }: PackedWords): Token[] {
  const tokens: Token[] = [];
  for (let k = 0; k < bounds.length; k += 2) {
    const start = bounds[k];
    const end = bounds[k + 1];
    const word = text.slice(start, end);
    let key = word;
    if (lower === null) key = word.toLowerCase();
    else if (!sameRange(text, lower, start, end)) key = lower.slice(start, end);
    let spaceAfter = false;
    if (k + 2 < bounds.length) {
      const next = bounds[k + 2];
      let j = end;
      while (j < next && text.charCodeAt(j) === 32) j++;
      spaceAfter = j === next && j > end;
    }
    tokens.push({ text: word, key, start, end, spaceAfter });
  }
  return tokens;
}

/** Maximal runs of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/gu`) as tokens. */
export function tokenize(text: string): Token[] {
  return unpackWords(text, scanWords(text));
}
