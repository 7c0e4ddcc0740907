// Strings the model keeps, copied out of the XML text they were cut from.
// V8 keeps a substring of 13 characters or more as a view into its parent. The XML parser cuts names, values and
// text out of 64 KB pieces of a part, so a run's text or a font name kept in the model held its whole piece alive:
// the model of the 1,000-page plan kept all of document.xml (11 MB as UTF-16), which every scavenge of the read
// copied and the check then carried. Other engines lose nothing by the copy.

/** Shorter substrings are copies already. */
const VIEW_MIN = 13;
/** Distinct attribute values kept once each (fonts, style ids…); past this they are copied one by one. */
const SHARED_MAX = 1024;
const shared = new Map<string, string>();

/**
 * `text` in a flat string of its own: neither a view into a larger one nor a rope. V8 joins an array of two or more
 * strings into a new sequential string, which every character read then reaches directly; a slice of a flattened
 * rope would still be a view, and reading a view's characters in optimised code costs about twice as much (the
 * check reads every character of a document several times).
 */
export function ownString(text: string): string {
  return text.length < VIEW_MIN ? text : [text.slice(0, 1), text.slice(1)].join("");
}

/** An attribute value the model keeps: one shared copy per distinct value. */
export function ownValue(value: string): string;
export function ownValue(value: string | undefined): string | undefined;
export function ownValue(value: string | undefined): string | undefined {
  if (value === undefined || value.length < VIEW_MIN) return value;
  const known = shared.get(value);
  if (known !== undefined) return known;
  const own = ownString(value);
  if (shared.size < SHARED_MAX) shared.set(own, own);
  return own;
}
