// The one form in which a paragraph's text is compared between hosts and over time. Word reports some characters
// differently from the OOXML reader: a manual line break as "\v" (the reader writes "\n"), a page or column break
// as "\f" or "\x0e", an optional hyphen as "\x1f" and a non-breaking hyphen as "\x1e" (the reader writes U+00AD and
// U+2011). Every mapping is one character for one, so offsets into the compared text stay valid.
// Sources: docs/word-behaviour.md ("Paragraph text").

const SAME_AS: Readonly<Record<string, string>> = {
  "\v": "\n",
  "\r": "\n",
  "\f": "\n",
  "\x0e": "\n",
  "\x1f": "\u00ad",
  "\x1e": "\u2011",
};

/** The text in the form every host compares: the reader's characters for line breaks and hyphens. */
export function comparableText(text: string): string {
  let out = "";
  for (const ch of text) out += SAME_AS[ch] ?? ch;
  return out;
}

/** True when two paragraph texts are the same once both are in the comparable form. */
export function sameText(a: string, b: string): boolean {
  return a === b || comparableText(a) === comparableText(b);
}
