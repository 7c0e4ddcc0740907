// The matches of a global pattern in a text, like String#matchAll, without its cost per call: matchAll makes a new
// RegExp (and an iterator) every time, which the text rules paid once per pattern and paragraph of a long document.

/** Every match of `pattern` (which must be global) in `text`, in order; the pattern's lastIndex is left at 0. */
export function matchesIn(text: string, pattern: RegExp): RegExpExecArray[] {
  // A pattern without g would match at the same place for ever.
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern: /${pattern.source}/`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      out.push(m);
      // An empty match would be found again at the same place: step over it, a whole code point in Unicode mode.
      if (m[0] === "")
        pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return out;
}
