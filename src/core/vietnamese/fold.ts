// Diacritic- and case-insensitive form of Vietnamese text, for search and matching ("Thi đua" → "thi dua").

const COMBINING = /[\u0300-\u036f]/g;
/** Đ/đ, and the look-alike Ð/ð (U+00D0/U+00F0) that some keyboards and converters produce for them. */
const D_LETTERS = /[đð]/g;
const D_CAPITALS = /[ĐÐ]/g;
/** Zero-width characters that would split a word in two for a search. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(D_LETTERS, "d")
    .replace(D_CAPITALS, "D")
    .normalize("NFC");
}

/** Folded, lower-cased, without zero-width characters, with runs of white space collapsed. */
export function foldForSearch(text: string): string {
  return foldDiacritics(text.replace(INVISIBLE, "")).toLowerCase().replace(/\s+/g, " ").trim();
}
