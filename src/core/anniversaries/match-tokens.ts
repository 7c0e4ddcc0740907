// The words an anniversary phrase is matched by: folded (no diacritics), lower case, y read as i, punctuation
// dropped, abbreviations expanded. Every mention of a long plan goes through here.
import { foldDiacritics } from "../vietnamese/fold";

/** Abbreviations written in plans, expanded before matching. */
const ABBREVIATIONS: Record<string, string> = {
  mttq: "mat tran to quoc",
  qdnd: "quan doi nhan dan",
  qptd: "quoc phong toan dan",
  cand: "cong an nhan dan",
  tncs: "thanh nien cong san",
  hcm: "ho chi minh",
  vn: "viet nam",
  chxhcn: "cong hoa xa hoi chu nghia",
  dcs: "dang cong san",
  dcsvn: "dang cong san viet nam",
  lhpn: "lien hiep phu nu",
  lhtn: "lien hiep thanh nien",
  ccb: "cuu chien binh",
  bdbp: "bo doi bien phong",
  dqtv: "dan quan tu ve",
  khcn: "khoa hoc cong nghe",
  ls: "lang son",
};

const STOPWORDS = new Set(["cua"]);

/**
 * Folded word → the tokens it stands for: nothing for a stop word, its expansion (stop words dropped) for an
 * abbreviation, keyed as matchTokens sees words (y already read as i). One lookup per word; a Map, so a word such as
 * "constructor" is not taken for an abbreviation.
 */
export const REPLACED: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ...[...STOPWORDS].map((w) => [w, []] as [string, string[]]),
  ...Object.entries(ABBREVIATIONS).map(
    ([k, v]) => [k.replace(/y/g, "i"), v.split(" ").filter((t) => !STOPWORDS.has(t))] as [string, string[]],
  ),
]);

/** A character as the whole phrase's fold gives it: the fold of a text is the fold of each character in turn. */
function foldChar(char: string): string {
  return foldDiacritics(char).toLowerCase().replace(/y/g, "i");
}

/** Folds of the BMP characters met so far (at most 65,536); the rarer astral ones are folded each time. */
const folds = new Map<number, string>();

const isWordUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Folded tokens, each once: no diacritics, lower case, y read as i, punctuation dropped, abbreviations expanded. */
export function matchTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const word of foldedWords(text)) {
    const replaced = REPLACED.get(word);
    if (replaced === undefined) tokens.add(word);
    else for (const t of replaced) tokens.add(t);
  }
  return tokens;
}

/**
 * `foldDiacritics(text).toLowerCase().replace(/y/g, "i").match(/[a-z0-9]+/g)`, folded character by character:
 * no copies of the whole phrase (two normalisations, three replacements, a lower-casing) per mention.
 */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII folds to itself in lower case.
      const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
      if (isWordUnit(lower)) word += lower === 0x79 ? "i" : String.fromCharCode(lower);
      else if (word !== "") {
        words.push(word);
        word = "";
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    let fold: string | undefined;
    if (cp > 0xffff) {
      fold = foldChar(String.fromCodePoint(cp));
      i++;
    } else {
      fold = folds.get(cp);
      if (fold === undefined) folds.set(cp, (fold = foldChar(text[i])));
    }
    for (let k = 0; k < fold.length; k++) {
      if (isWordUnit(fold.charCodeAt(k))) word += fold[k];
      else if (word !== "") {
        words.push(word);
        word = "";
      }
    }
  }
  if (word !== "") words.push(word);
  return words;
}
