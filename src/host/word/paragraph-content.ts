// What a paragraph holds that its reported text does not show, and whether it still holds a finding's text.
import { excerpt } from "../../core/rules/excerpt";
import { comparableText } from "../../core/text/paragraph-text";

/**
 * Something a paragraph holds that its text does not show: a picture, shape or its anchor, an embedded object,
 * a section break. Word reports such a paragraph's text as "" (docs/word-behaviour.md, "Empty-looking paragraphs").
 */
const HIDDEN_CONTENT = /<w:(drawing|pict|object|sectPr)\b|<mc:AlternateContent\b|<w:fldSimple\b|<w:fldChar\b/;

/** The paragraph's package holds more than its text shows (the body's closing sectPr, after it, is not its own). */
export function holdsContent(paragraphOoxml: string): boolean {
  const end = paragraphOoxml.lastIndexOf("</w:p>");
  return HIDDEN_CONTENT.test(end >= 0 ? paragraphOoxml.slice(0, end) : paragraphOoxml);
}

/** The paragraph still holds a finding's excerpt (at its span, when it has one). */
export function stillHolds(wordText: string, found: string, span?: { start: number; end: number }): boolean {
  const text = comparableText(wordText);
  const wanted = comparableText(found);
  if (!span) return text.includes(wanted);
  return excerpt(text, span.start, span.end) === wanted;
}
