// The "Kính gửi:" block and its items, as written in practice: one recipient on the same line, or several one per
// line, the first item on the "Kính gửi:" line after a tab or on the next line, items indented with tabs.
import type { DocAnalysis } from "./types";
import type { DocModel } from "../model/types";
import { isKinhGui } from "./patterns";
import { isEmptyParagraph } from "./text";

export interface AddresseeItem {
  paragraph: number;
  /** The item's text in its paragraph, trimmed, dash included. */
  start: number;
  end: number;
  text: string;
}

export interface AddresseeBlock {
  /** The paragraph that holds "Kính gửi". */
  paragraph: number;
  /** "Kính gửi" and its colon (or what stands for them) in that paragraph. */
  label: { start: number; end: number; text: string };
  items: AddresseeItem[];
}

const LABEL = /^\s*kính gửi\s*:?/iu;
const ITEM = /^[-–]\s*/;

function item(text: string, paragraph: number, from: number): AddresseeItem | null {
  const raw = text.slice(from);
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const start = from + raw.indexOf(trimmed);
  return { paragraph, start, end: start + trimmed.length, text: trimmed };
}

/** The Kính gửi block: the analysis's own line, else the first "Kính gửi" line of the body before the closing. */
export function findAddressee(model: DocModel, a: DocAnalysis): AddresseeBlock | null {
  const body = model.paragraphs;
  const limit = Math.min(model.bodyCount, a.bodyEnd);
  let at: number | undefined = a.header.recipientTo[0];
  for (let i = 0; at === undefined && i < limit; i++)
    if (body[i].cell === null && isKinhGui(body[i].text)) at = i;
  if (at === undefined) return null;
  const text = body[at].text;
  const m = LABEL.exec(text);
  if (!m) return null;
  const labelStart = m[0].length - m[0].trimStart().length;
  const block: AddresseeBlock = {
    paragraph: at,
    label: { start: labelStart, end: m[0].length, text: m[0].trim() },
    items: [],
  };
  const first = item(text, at, m[0].length);
  if (first) block.items.push(first);
  // Further items: the following paragraphs that start with a dash, when the first one did or there was none.
  if (!first || (ITEM.test(first.text) && !first.text.endsWith("."))) {
    for (let i = at + 1; i < limit; i++) {
      const p = body[i];
      if (isEmptyParagraph(p)) {
        if (block.items.length === 0) continue;
        break;
      }
      const next = item(p.text, i, 0);
      if (!next || !ITEM.test(next.text)) break;
      block.items.push(next);
      if (next.text.endsWith(".")) break;
    }
  }
  return block;
}
