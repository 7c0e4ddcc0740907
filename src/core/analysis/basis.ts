// The căn cứ ban hành list: "Căn cứ …;" lines (Party: "- Căn cứ …;"), "Xét đề nghị …", "Theo đề nghị của …" closing
// it, lines wrapped onto a further paragraph, and the sentence that may close the list instead ("Chính phủ ban
// hành Nghị định …").
import type { DocModel } from "../model/types";
import { fold, isEmptyParagraph } from "./text";
import type { DocAnalysis } from "./types";

export interface BasisLine {
  paragraph: number;
  /** The line as written, trimmed, dash included; its offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  dash: boolean;
  /** "Theo đề nghị …" / "Xét đề nghị …" rather than "Căn cứ …". */
  proposal: boolean;
  /** Paragraphs that continue this căn cứ (pressed Enter in the middle of it). */
  continuation: number[];
}

export interface BasisList {
  lines: BasisLine[];
  /** An italic sentence after the list that closes it with "." (decrees: "Chính phủ ban hành Nghị định …"). */
  closing: number | null;
}

const START = /^([-–]\s*)?(căn cứ|theo đề nghị|xét đề nghị|theo đề xuất)(?!\p{L})/u;
const ENACTING = /^(quyet dinh|quyet nghi|chi thi|ban hanh|nghi quyet|ket luan)\s*:$/;

/** A căn cứ line: one that starts as such, or (`preamble`) any line the analysis put before the enacting line. */
function lineOf(model: DocModel, i: number, preamble: boolean): BasisLine | null {
  const text = model.paragraphs[i].text;
  const trimmed = text.trim();
  const m = START.exec(trimmed.slice(0, 24).toLocaleLowerCase("vi"));
  if (!m && !preamble) return null;
  const start = text.indexOf(trimmed);
  return {
    paragraph: i,
    start,
    end: start + trimmed.length,
    text: trimmed,
    dash: m?.[1] !== undefined,
    proposal: m ? m[2] !== "căn cứ" : false,
    continuation: [],
  };
}

/** The căn cứ list under the title block, or null when the document has none. */
export function findBasis(model: DocModel, a: DocAnalysis): BasisList | null {
  const limit = Math.min(model.bodyCount, a.bodyEnd);
  const from = a.header.legalBasis[0] ?? a.bodyStart;
  const skip = (i: number) => {
    while (i < limit && isEmptyParagraph(model.paragraphs[i])) i++;
    return i;
  };
  const preamble = new Set(a.header.legalBasis);
  const lines: BasisLine[] = [];
  let i = skip(from);
  while (i < limit) {
    const started = lineOf(model, i, false);
    if (started) {
      lines.push(started);
      i = skip(i + 1);
      continue;
    }
    const prev = lines[lines.length - 1];
    const text = model.paragraphs[i].text.trim();
    // A căn cứ cut in two by Enter: the previous line has no ending mark and this one does not start anew.
    if (prev && !/[;.:]$/.test(prev.text) && !ENACTING.test(fold(text)) && /^\p{Ll}/u.test(text)) {
      prev.continuation.push(i);
      prev.text = `${prev.text} ${text}`;
      i = skip(i + 1);
      continue;
    }
    // A line of the preamble that does not start as a căn cứ, unless it is the sentence closing the list.
    const closes = prev?.text.endsWith(";") && text.endsWith(".");
    const loose = preamble.has(i) && !closes ? lineOf(model, i, true) : null;
    if (loose) {
      lines.push(loose);
      i = skip(i + 1);
      continue;
    }
    break;
  }
  if (lines.length === 0) return null;
  const next = model.paragraphs[i];
  const closing =
    i < limit &&
    lines[lines.length - 1].text.endsWith(";") &&
    !ENACTING.test(fold(next.text.trim())) &&
    next.text.trim().endsWith(".") &&
    next.runs.some((r) => r.format.italic && r.text.trim() !== "")
      ? i
      : null;
  return { lines, closing };
}
