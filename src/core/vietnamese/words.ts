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

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // An exec loop on a private copy of the pattern: cheaper than matchAll on long documents.
  const re = new RegExp(TOKEN);
  let prev: Token | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (prev) {
      let k = prev.end;
      while (k < start && text.charCodeAt(k) === 32) k++;
      prev.spaceAfter = k === start && k > prev.end;
    }
    prev = { text: m[0], key: m[0].toLowerCase(), start, end, spaceAfter: false };
    tokens.push(prev);
  }
  return tokens;
}
