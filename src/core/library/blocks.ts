// Clause ↔ document. A clause becomes Block[] built from its structured text, so nothing in a library reaches
// Word except as text our writer formats; a selection read from Word becomes clause content.
import type { BlockParagraph, BlockRun } from "../model/blocks";
import type { Paragraph } from "../model/types";
import type { Clause, ContentParagraph, Span } from "./types";
import { fillPieces, type VariableValues } from "./variables";

/** Body text: justified, first line indented 1 cm (NĐ 30, Phụ lục I, §II.6e). */
const BODY_INDENT = 567;
const SPACING_AFTER = 6;

/** Plan-style emphasis per heading level (P1 §V 6b: mục in hoa đậm, khoản đậm; the rest is practice). */
const HEADING_STYLE: Record<number, { bold?: boolean; italic?: boolean }> = {
  1: { bold: true },
  2: { bold: true },
  3: { bold: true, italic: true },
  4: { italic: true },
};

function spansOf(text: string | Span[]): Span[] {
  return typeof text === "string" ? [{ text }] : text;
}

function runsOf(para: ContentParagraph, values: VariableValues): BlockRun[] {
  const base = para.type === "heading" ? HEADING_STYLE[para.level ?? 2] : {};
  const runs: BlockRun[] = para.type === "item" ? [{ text: `${para.marker ?? "-"} ` }] : [];
  for (const span of spansOf(para.text)) {
    const emphasis: Pick<BlockRun, "bold" | "italic"> = {};
    if (span.bold || base.bold) emphasis.bold = true;
    if (span.italic || base.italic) emphasis.italic = true;
    for (const piece of fillPieces(span.text, values)) {
      if ("text" in piece) runs.push({ text: piece.text, ...emphasis });
      else if (piece.value !== null) runs.push({ text: piece.value, ...emphasis });
      else runs.push({ text: `[${piece.variable}]`, placeholder: true, ...emphasis });
    }
  }
  // Neighbouring runs with the same look are one run.
  return runs.reduce<BlockRun[]>((acc, run) => {
    const prev = acc[acc.length - 1];
    if (
      prev &&
      !prev.placeholder &&
      !run.placeholder &&
      !!prev.bold === !!run.bold &&
      !!prev.italic === !!run.italic
    )
      prev.text += run.text;
    else acc.push({ ...run });
    return acc;
  }, []);
}

export function paragraphToBlock(para: ContentParagraph, values: VariableValues): BlockParagraph {
  const block: BlockParagraph = {
    kind: "paragraph",
    runs: runsOf(para, values),
    role: para.type === "heading" ? "heading" : "clause",
    align: "both",
    indent: { firstLine: BODY_INDENT },
    spacingAfter: SPACING_AFTER,
  };
  if (para.type === "heading") {
    block.headingLevel = para.level;
    block.keepNext = true;
  }
  return block;
}

/** The blocks of one or more clauses, variables filled (missing ones as visible placeholders). */
export function clausesToBlocks(clauses: Clause[], values: VariableValues): BlockParagraph[] {
  return clauses.flatMap((c) => c.content.map((p) => paragraphToBlock(p, values)));
}

/** The clause's text as lines (items with their marker), for previews, diffs and editing. */
export function contentLines(content: ContentParagraph[]): string[] {
  return content.map((p) => {
    const text = spansOf(p.text)
      .map((s) => s.text)
      .join("");
    return p.type === "item" ? `${p.marker ?? "-"} ${text}` : text;
  });
}

const HEADING_LABELS: [RegExp, 1 | 2 | 3 | 4][] = [
  [/^[IVXLC]+\.\s/, 1],
  [/^\d+\.\d+\.\s/, 3],
  [/^\d+\.\s/, 2],
  [/^[a-zđ]\)\s/, 4],
];

/** One line as a clause paragraph: "- x"/"+ x" items, typed heading numbers ("2.1. …") as headings. */
export function lineToParagraph(line: string, spans?: Span[]): ContentParagraph {
  const item = /^([-+])\s+(.*)$/s.exec(line);
  if (item) {
    const marker = item[1] as "-" | "+";
    const text = spans ? trimLead(spans, line.length - item[2].length) : item[2];
    return marker === "-" ? { type: "item", text } : { type: "item", marker, text };
  }
  for (const [pattern, level] of HEADING_LABELS)
    if (pattern.test(line)) return { type: "heading", level, text: spans ?? line };
  return { type: "paragraph", text: spans ?? line };
}

function trimLead(spans: Span[], count: number): Span[] {
  const out: Span[] = [];
  let skip = count;
  for (const span of spans) {
    const text = span.text.slice(Math.min(skip, span.text.length));
    skip = Math.max(0, skip - span.text.length);
    if (text) out.push({ ...span, text });
  }
  return out;
}

/** Control characters a run may carry (field marks, soft breaks); a clause holds none. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Paragraphs selected in the document as clause content: bold/italic kept, fields as their shown text. */
export function paragraphsToContent(paragraphs: Paragraph[]): ContentParagraph[] {
  const out: ContentParagraph[] = [];
  for (const p of paragraphs) {
    const spans: Span[] = [];
    const label = p.list && p.list.format !== "bullet" ? `${p.list.label} ` : "";
    if (label) spans.push({ text: label });
    for (const run of p.runs) {
      if (run.kind === "drawing" || run.kind === "footnoteRef") continue;
      const text = (run.kind === "tab" || run.kind === "break" ? " " : run.text).replace(CONTROLS, " ");
      if (!text) continue;
      const span: Span = { text };
      if (run.format.bold) span.bold = true;
      if (run.format.italic) span.italic = true;
      const prev = spans[spans.length - 1];
      if (prev && !!prev.bold === !!span.bold && !!prev.italic === !!span.italic) prev.text += text;
      else spans.push(span);
    }
    const line = spans.map((s) => s.text).join("");
    if (line.trim() === "") continue;
    // A bullet list paragraph is an item even though Word keeps its "-" outside the text.
    const para =
      p.list?.format === "bullet" ? { type: "item" as const, text: spans } : lineToParagraph(line, spans);
    out.push(simplify(para));
  }
  return out;
}

/** Spans without emphasis collapse to a plain string; surrounding spaces trimmed. */
function simplify(para: ContentParagraph): ContentParagraph {
  if (typeof para.text === "string") return { ...para, text: para.text.trim() };
  const spans = para.text.map((s) => ({ ...s }));
  spans[0].text = spans[0].text.trimStart();
  spans[spans.length - 1].text = spans[spans.length - 1].text.trimEnd();
  const kept = spans.filter((s) => s.text !== "");
  const plain = kept.every((s) => !s.bold && !s.italic);
  return { ...para, text: plain ? kept.map((s) => s.text).join("") : kept };
}
