// What stands before a run of dots, read backwards from the run. Patterns anchored at the end of the text before
// the run (`…$`) would scan the whole prefix for every run: quadratic in the runs of a long paragraph.
import { charBefore } from "../text/match-after";
import { isWhiteSpace } from "../text/white-space";
import { hasLetter } from "../vietnamese/letters";

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A word announcing a value, after a non-letter or at the start. */
const VALUE_WORD = /(?:^|[^\p{L}])(?:số|ngày|tháng|năm|giờ|lúc|tại|ông|bà|của)$/iu;
/** The longest value word is 5 code units and the character before it at most 2: 8 reach past both. */
const VALUE_WORD_REACH = 8;

/** Where the white space (`\s`) that ends at `end` starts. */
export function whiteStart(text: string, end: number): number {
  let at = end;
  while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** `/(?:^|[^\p{L}])(?:số|ngày|tháng|năm|giờ|lúc|tại|ông|bà|của)\s*$/iu` on the text before `end`. */
export function endsWithValueWord(text: string, end: number): boolean {
  const to = whiteStart(text, end);
  // The window never starts inside a match, so its start never plays the text's start for `^`.
  return VALUE_WORD.test(text.slice(Math.max(0, to - VALUE_WORD_REACH), to));
}

/** Where the run of letters and digits (whole code points) that ends at `end` starts. */
function wordStart(text: string, end: number): number {
  let at = end;
  for (let c = charBefore(text, at); c !== "" && LETTER_OR_DIGIT.test(c); c = charBefore(text, at))
    at -= c.length;
  return at;
}

/**
 * `/,\s*(?:[\p{L}\p{N}]+\s+){0,3}[\p{L}\p{N}]+$/u` on the text before `end`: up to four words after a comma. Each
 * word is a whole run of letters and digits (a comma or white space bounds it), so reading backwards needs no
 * backtracking.
 */
export function endsEnumerationItem(text: string, end: number): boolean {
  let at = end;
  for (let words = 0; words < 4; words++) {
    const start = wordStart(text, at);
    if (start === at) return false;
    const white = whiteStart(text, start);
    if (text[white - 1] === ",") return true;
    if (white === start) return false;
    at = white;
  }
  return false;
}

/** `/\p{L}\s+$/u` on the text before `end`. */
export function endsLetterThenWhite(text: string, end: number): boolean {
  const white = whiteStart(text, end);
  return white < end && hasLetter(charBefore(text, white));
}
