// Diacritic- and case-insensitive form of Vietnamese text, for search and matching ("Thi đua" → "thi dua").

const COMBINING = /[\u0300-\u036f]/g;

export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** Folded, lower-cased, with runs of white space collapsed. */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}
