// A one-character lookbehind without the syntax: old Edge (EdgeHTML 18, the webview of some Office 2016/2019
// builds) cannot parse `(?<=…)` or `(?<!…)`, and no compiler can rewrite them.

/** The character (a whole code point) just before `index`. */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

/**
 * Every match of `pattern` (global) whose preceding character ("" at the start) passes `before`: the matches of
 * `(?<=X)pattern` or `(?<!X)pattern`. A refused match is tried again one character on, as the engine would.
 */
export function* matchAllAfter(
  text: string,
  pattern: RegExp,
  before: (char: string) => boolean,
): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (before(charBefore(text, m.index))) {
      yield m;
      if (m[0] === "") re.lastIndex++;
    } else {
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
    }
  }
}
