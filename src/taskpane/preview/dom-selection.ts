// Turns the browser's selection in the rendered document into the memory host's selection: the body paragraph(s)
// and the offsets in the paragraph's text. Run elements carry `data-run-start` (their offset in the paragraph),
// paragraphs `data-paragraph` (their body index); a list label or the caret mark adds no text of the paragraph.
import type { MemorySelection } from "../../host/memory";

interface Point {
  paragraph: number;
  offset: number;
}

function pointOf(root: HTMLElement, node: Node, offset: number): Point | null {
  const element = node instanceof Element ? node : node.parentElement;
  const p = element?.closest<HTMLElement>("[data-paragraph]");
  if (!p || !root.contains(p)) return null;
  const paragraph = Number(p.dataset.paragraph);
  const run = element?.closest<HTMLElement>("[data-run-start]");
  if (!run || !p.contains(run)) {
    // On the paragraph itself (its label, or past its runs): before or after all its text.
    const runs = p.querySelectorAll<HTMLElement>("[data-run-start]");
    const before = node === p && offset === 0;
    const lastRun = runs[runs.length - 1];
    return {
      paragraph,
      offset: before || !lastRun ? 0 : Number(lastRun.dataset.runStart) + (lastRun.textContent ?? "").length,
    };
  }
  const range = document.createRange();
  range.setStart(run, 0);
  range.setEnd(node, offset);
  return { paragraph, offset: Number(run.dataset.runStart) + range.toString().length };
}

/** The selection as the memory host keeps it, or null when it is not inside the document. */
export function selectionIn(root: HTMLElement, selection: Selection | null): MemorySelection | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = pointOf(root, range.startContainer, range.startOffset);
  const end = pointOf(root, range.endContainer, range.endOffset);
  if (!start || !end)
    return start ? { paragraph: start.paragraph, span: { start: start.offset, end: start.offset } } : null;
  if (start.paragraph === end.paragraph)
    return {
      paragraph: start.paragraph,
      span: { start: start.offset, end: Math.max(start.offset, end.offset) },
    };
  const [first, last] = start.paragraph < end.paragraph ? [start, end] : [end, start];
  return { paragraph: first.paragraph, last: last.paragraph };
}
