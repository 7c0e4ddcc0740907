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
/** Per UTF-16 unit, filled as met: 0 not yet known, 1 part of a word, 2 not, 3 a surrogate (its pair decides). */
const unitClass = new Uint8Array(0x10000);

function classify(c: number): number {
  return (unitClass[c] = c >= 0xd800 && c <= 0xdfff ? 3 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2);
}

/** Code units of the astral word character at a surrogate i (2), or 0 when none is there. */
function astralWordAt(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/**
 * The store of a finished check, kept for the next one. A fresh typed array of a long document's size costs a page
 * fault per 4 KB on first write: on the 1,000-page plan (6.6 MB) that doubled the word scan, 17 → 35–55 ms.
 */
let spareStore: Int32Array | null = null;
/** Kept only up to 16 MB (over a million words); a larger store goes with its check. */
const SPARE_MAX = 1 << 22;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The distinct words met while scanning, each kept once with its lower case. Tokens built from it share these
 * strings, so a word is cut from its paragraph, lower-cased and hashed (for the rules' set and map lookups) once,
 * not again for every token and every rule that reads it.
 */
export class Vocabulary {
  /** Each word as written, by id. */
  readonly words: string[] = [];
  /** Each word's own lower case, by id (the same string when the word is already lower case). */
  readonly keys: string[] = [];
  /** By id, a number per distinct lower case: words equal but for case ("Trên", "trên") share it. */
  readonly keyIds: number[] = [];
  private readonly keyIdOf = new Map<string, number>();
  /** Open addressing on the words' hashes: id + 1 per slot, 0 for an empty one. Looked up straight from the
   * paragraph's characters, so a word met before costs no string. */
  private slots = new Int32Array(1024);
  private readonly hashes: number[] = [];
  /**
   * Every word scanned with this vocabulary, in scanning order, as three integers: where it starts and ends in its
   * paragraph, and its id. One growing typed array for a whole check rather than small arrays per paragraph: the
   * garbage collector copies small arrays that live through a check, never a typed array's contents.
   */
  private store: Int32Array;
  private count = 0;

  /**
   * `expectedWords`: room to make at once, so a long document's words are not copied into ever larger stores.
   * `forCheck`: a check's vocabulary, which takes over the store the last check released (see `release`).
   */
  constructor(expectedWords = 256, forCheck = false) {
    const length = 3 * Math.max(16, expectedWords);
    if (forCheck && spareStore !== null && spareStore.length >= length) {
      this.store = spareStore;
      spareStore = null;
    } else this.store = new Int32Array(length);
  }

  /**
   * Hands the store on to the next vocabulary made: for the check that owns this one, once it is finished with it.
   * The vocabulary holds no scanned words afterwards.
   */
  release(): void {
    const store = this.store;
    this.store = new Int32Array(0);
    this.count = 0;
    if (store.length <= SPARE_MAX && (spareStore === null || spareStore.length < store.length))
      spareStore = store;
  }

  /** The scanned words' [start, end, id] triples (read it again after scanning more: it is replaced as it grows). */
  get scanned(): Int32Array {
    return this.store;
  }

  /** How many words have been scanned. */
  get size(): number {
    return this.count;
  }

  /** Where scanned word w starts in its paragraph (w counts every word scanned, as `PackedWords.first` does). */
  startOf(w: number): number {
    return this.store[3 * w];
  }

  /** Where scanned word w ends in its paragraph. */
  endOf(w: number): number {
    return this.store[3 * w + 1];
  }

  /** The id (index into `words`, `keys`, `keyIds`) of scanned word w. */
  idOf(w: number): number {
    return this.store[3 * w + 2];
  }

  /** True when only spaces, at least one, separate scanned word w from word w + 1 of the same paragraph `text`. */
  spacesOnlyAfter(text: string, w: number): boolean {
    const end = this.endOf(w);
    const next = this.startOf(w + 1);
    let j = end;
    while (j < next && text.charCodeAt(j) === 32) j++;
    return j === next && j > end;
  }

  /** The store with room for `length` integers (a new, larger one when it had not). */
  reserve(length: number): Int32Array {
    if (length > this.store.length) {
      const store = new Int32Array(Math.max(length, this.store.length * 2));
      store.set(this.store);
      this.store = store;
    }
    return this.store;
  }

  /** Counts the words written into the store up to `count`. */
  scannedUpTo(count: number): void {
    this.count = count;
  }

  /** The id of the word text[start, end), whose FNV-1a hash over its UTF-16 code units
   * the caller computed while scanning it. */
  idAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] - 1;
      if (id < 0) return this.add(text.slice(start, end), hash, slot);
      if (this.hashes[id] === hash && this.sameWord(this.words[id], text, start, end)) return id;
    }
  }

  private sameWord(word: string, text: string, start: number, end: number): boolean {
    return word.length === end - start && text.startsWith(word, start);
  }

  private add(word: string, hash: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    const lower = word.toLowerCase();
    const key = lower === word ? word : lower;
    this.keys.push(key);
    let keyId = this.keyIdOf.get(key);
    if (keyId === undefined) this.keyIdOf.set(key, (keyId = this.keyIdOf.size));
    this.keyIds.push(keyId);
    this.hashes.push(hash);
    this.slots[slot] = id + 1;
    if (2 * this.words.length > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/**
 * A paragraph's words: `count` words from number `first` of its vocabulary's scanned words. Kept between the rules
 * of one check instead of token objects: half a million objects alive through a check cost more to move from the
 * young generation than to build again, short-lived, for each rule that reads them.
 */
export interface PackedWords {
  first: number;
  count: number;
}

/** Maximal runs of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/gu`), scanned by hand: no match objects. */
export function scanWords(text: string, vocabulary: Vocabulary): PackedWords {
  const first = vocabulary.size;
  const n = text.length;
  // Written straight into the vocabulary's store, kept in locals: a call per word costs more than the scan.
  let store = vocabulary.scanned;
  let at = 3 * first;
  // One tight loop over code units with the class table inline: this runs over every character of a document.
  for (let i = 0; i < n;) {
    let c = text.charCodeAt(i);
    let k = unitClass[c] || classify(c);
    if (k === 2 || (k === 3 && astralWordAt(text, i) === 0)) {
      i += k === 3 && text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    for (;;) {
      if (k === 1) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        i++;
      } else {
        if (astralWordAt(text, i) === 0) break;
        hash = Math.imul(Math.imul(hash ^ c, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += 2;
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = unitClass[c] || classify(c);
      if (k === 2) break;
    }
    const id = vocabulary.idAt(text, start, i, hash);
    if (at + 3 > store.length) store = vocabulary.reserve(at + 3);
    store[at] = start;
    store[at + 1] = i;
    store[at + 2] = id;
    at += 3;
  }
  vocabulary.scannedUpTo(at / 3);
  return { first, count: at / 3 - first };
}

/** The tokens of `text` from its packed words and the vocabulary they were scanned with. */
export function unpackWords(text: string, { first, count }: PackedWords, vocabulary: Vocabulary): Token[] {
  const { words, keys } = vocabulary;
  const tokens: Token[] = [];
  for (let w = first; w < first + count; w++) {
    const id = vocabulary.idOf(w);
    tokens.push({
      text: words[id],
      key: keys[id],
      start: vocabulary.startOf(w),
      end: vocabulary.endOf(w),
      spaceAfter: w + 1 < first + count && vocabulary.spacesOnlyAfter(text, w),
    });
  }
  return tokens;
}

/** Maximal runs of letters, marks and digits (`/[\p{L}\p{M}\p{N}]+/gu`) as tokens. */
export function tokenize(text: string): Token[] {
  const vocabulary = new Vocabulary();
  return unpackWords(text, scanWords(text, vocabulary), vocabulary);
}

/**
 * A fact about each word of one vocabulary, by id, worked out when first asked: a document repeats its words a great
 * deal, so a rule judges each distinct word once per check rather than at every occurrence.
 */
export class WordTable<T extends object | string | number | boolean | null> {
  private readonly values: (T | undefined)[] = [];

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly compute: (id: number, vocabulary: Vocabulary) => T,
  ) {}

  get(id: number): T {
    const known = this.values[id];
    if (known !== undefined) return known;
    // Grown by push, never by a far write: a sparse array would fall back to a slow dictionary.
    while (this.values.length <= id) this.values.push(undefined);
    return (this.values[id] = this.compute(id, this.vocabulary));
  }
}

/** The table `tables` keeps for `vocabulary` (one per check), made on first use. */
export function wordTable<T extends object | string | number | boolean | null>(
  tables: WeakMap<Vocabulary, WordTable<T>>,
  vocabulary: Vocabulary,
  compute: (id: number, vocabulary: Vocabulary) => T,
): WordTable<T> {
  let table = tables.get(vocabulary);
  if (table === undefined) tables.set(vocabulary, (table = new WordTable(vocabulary, compute)));
  return table;
}
