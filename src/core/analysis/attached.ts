// The văn bản a quyết định ban hành or phê duyệt carries (NĐ 30/2020, Phụ lục III, Mẫu 1.3): after the quyết
// định's closing, on its own page, its own header (the body's name, the Quốc hiệu), tên loại and trích yếu, and the
// line "(Kèm theo Quyết định số …)". Found by that line; it ends the quyết định's closing.
import type { DocModel, Paragraph } from "../model/types";
import { fold, isEmptyParagraph } from "./text";

export interface AttachedDocument {
  /** First paragraph: the page break, the header table, or the first title line. */
  start: number;
  /** The header table's paragraphs and the title lines, up to and including the "(Kèm theo …)" line. */
  titleBlock: number[];
  /** First paragraph of its content (chapters, articles). */
  contentStart: number;
}

const REFERENCE = /^\(kem theo (quyet dinh|nghi quyet|nghi dinh|thong tu)\b/;
/** Whether the folded text can start with "(": only white space, zero-width characters and combining marks, which
 * folding drops, may come before it. Folding every paragraph was most of the analysis time on a long document. */
const OPENS_WITH_PARENTHESIS = /^(?:[\s\u200B-\u200D\u2060\uFEFF]|[\u0300-\u036f])*\(/;

/** The attached văn bản between `from` and `limit`, or null. */
export function detectAttachedDocument(
  model: DocModel,
  from: number,
  limit: number,
): AttachedDocument | null {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const at = body.findIndex(
    (p, i) =>
      i >= from &&
      i < limit &&
      p.cell === null &&
      OPENS_WITH_PARENTHESIS.test(p.text) &&
      REFERENCE.test(fold(p.text.trim())),
  );
  if (at < 0) return null;
  let k = at;
  // Tên loại and trích yếu: centred lines straight above the reference line.
  while (k - 1 >= from && isTitleLine(body[k - 1])) k--;
  // The header table above them: every paragraph of that one table.
  const table = body[k - 1]?.cell?.table;
  if (table !== undefined) while (k - 1 >= from && body[k - 1].cell?.table === table) k--;
  // The empty paragraph that carries the page break.
  while (
    k - 1 >= from &&
    body[k - 1].cell === null &&
    isEmptyParagraph(body[k - 1]) &&
    body[k - 1].format.pageBreakBefore
  )
    k--;
  const titleBlock: number[] = [];
  for (let i = k; i <= at; i++) titleBlock.push(i);
  return { start: k, titleBlock, contentStart: at + 1 };
}

const isTitleLine = (p: Paragraph): boolean =>
  p.cell === null && !isEmptyParagraph(p) && p.format.alignment === "center" && p.text.length <= 300;
