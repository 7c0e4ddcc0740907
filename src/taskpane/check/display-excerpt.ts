// The excerpt as the pane shows it: a finding's excerpt is the paragraph cut 40 characters either side of the
// slip (verbatim, as the CLI contract gives it); shown to people, a cut never falls inside a word and says so "…".

/** Up to this many characters are dropped to reach a word boundary. */
const MAX_TRIM = 15;

export function displayExcerpt(excerpt: string, paragraphText: string | undefined): string {
  if (!excerpt || paragraphText === undefined) return excerpt;
  const at = paragraphText.indexOf(excerpt);
  if (at < 0) return excerpt;
  let text = excerpt;
  const cutAfter = at + excerpt.length < paragraphText.length;
  if (cutAfter && /\S/.test(paragraphText[at + excerpt.length])) {
    const space = text.lastIndexOf(" ");
    if (space > 0 && text.length - space <= MAX_TRIM) text = text.slice(0, space);
  }
  if (at > 0 && /\S/.test(paragraphText[at - 1])) {
    const space = text.indexOf(" ");
    if (space >= 0 && space < MAX_TRIM) text = text.slice(space + 1);
  }
  return `${at > 0 ? "…" : ""}${text.trim()}${cutAfter ? "…" : ""}`;
}
