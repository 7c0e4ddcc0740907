// Tests of Unicode letter categories, each pattern written once and shared: the pane's build expands every \p{…}
// into explicit ranges for the old Edge webview (about 10 KB a pattern), so repeating them costs download size.
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Has at least one letter. */
export const hasLetter = (text: string): boolean => LETTER.test(text);

/** Has an upper-case letter. */
export const hasUpper = (text: string): boolean => UPPER.test(text);

/** Has a lower-case letter. */
export const hasLower = (text: string): boolean => LOWER.test(text);

/** Has a combining mark. */
export const hasMark = (text: string): boolean => MARK.test(text);

/** An ASCII small letter: upper-casing always changes it, so its presence settles the question cheaply. */
const ASCII_LOWER = /[a-z]/;

/** Has letters and none of them lower case (the copy in upper case is made only when no a–z is seen). */
export const isUpperText = (text: string): boolean =>
  hasLetter(text) && !ASCII_LOWER.test(text) && text === text.toUpperCase();

/** One character (a whole code point) that is a letter or a combining mark. */
export const isLetterOrMark = (char: string): boolean => LETTER_OR_MARK.test(char);

/** One character (a whole code point) that is a letter. */
export const isOneLetter = (text: string): boolean => hasLetter(text) && Array.from(text).length === 1;

/** The first character (a whole code point) is an upper-case letter. */
export const startsUpper = (text: string): boolean =>
  text !== "" && hasUpper(String.fromCodePoint(text.codePointAt(0)!));
