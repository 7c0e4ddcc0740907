// Runs: text, fields and placeholders, each with direct formatting (Times New Roman, black).
import type { BlockRun } from "../../model/blocks";
import { FONT } from "./context";
import { el, esc } from "./xml";

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  highlight?: string;
}

/** w:rPr with every property set directly, so the target document's styles cannot change the look. */
export function runProps(style: RunStyle): string {
  const half = Math.round(style.size * 2);
  return el(
    "w:rPr",
    {},
    el("w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:eastAsia": FONT, "w:cs": FONT }) +
      el("w:b", { "w:val": style.bold ? 1 : 0 }) +
      el("w:bCs", { "w:val": style.bold ? 1 : 0 }) +
      el("w:i", { "w:val": style.italic ? 1 : 0 }) +
      el("w:iCs", { "w:val": style.italic ? 1 : 0 }) +
      el("w:color", { "w:val": "000000" }) +
      el("w:sz", { "w:val": half }) +
      el("w:szCs", { "w:val": half }) +
      (style.highlight ? el("w:highlight", { "w:val": style.highlight }) : "") +
      el("w:u", { "w:val": style.underline ? "single" : "none" }) +
      el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" }),
  );
}

/** Text with tabs and line breaks turned into their own elements. */
function textContent(text: string): string {
  return text
    .split(/(\t|\n)/)
    .filter((part) => part !== "")
    .map((part) =>
      part === "\t" ? "<w:tab/>" : part === "\n" ? "<w:br/>" : `<w:t xml:space="preserve">${esc(part)}</w:t>`,
    )
    .join("");
}

export function runStyleOf(run: BlockRun, paragraphSize: number): RunStyle {
  return {
    size: run.size ?? paragraphSize,
    bold: run.bold,
    italic: run.italic,
    underline: run.underline,
    // Placeholders are highlighted so the user sees (and Word's Find can step through) what to fill.
    highlight: run.placeholder ? "yellow" : undefined,
  };
}

export function runXml(run: BlockRun, paragraphSize: number): string {
  const rPr = runProps(runStyleOf(run, paragraphSize));
  if (run.field) {
    const part = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
    return (
      part(el("w:fldChar", { "w:fldCharType": "begin" })) +
      part(`<w:instrText xml:space="preserve"> ${esc(run.field)} </w:instrText>`) +
      part(el("w:fldChar", { "w:fldCharType": "separate" })) +
      part(textContent(run.text)) +
      part(el("w:fldChar", { "w:fldCharType": "end" }))
    );
  }
  return `<w:r>${rPr}${textContent(run.text)}</w:r>`;
}
