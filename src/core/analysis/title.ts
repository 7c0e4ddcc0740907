// What comes between the header and the body: tên loại and trích yếu, the issuing authority of a Quyết định,
// "Kính gửi:" with its items, the "Căn cứ …;" lines and the enacting line ("QUYẾT ĐỊNH:").
import type { DocModel } from "../model/types";
import { parseHeadingLabel } from "./headings";
import {
  docTypeOf,
  hasNoSummary,
  isAuthorityLine,
  isKinhGui,
  isLegalBasis,
  isRecipientsTitle,
  isVv,
} from "./patterns";
import {
  fold,
  isAsteriskLine,
  isEmptyParagraph,
  isUnderscoreLine,
  look,
  looksUpper,
  segments,
  stripPlaceholders,
  wordCount,
} from "./text";
import { markOf } from "./marks";
import type { DocType, ElementKind, ElementSpan } from "./types";

export interface TitleResult {
  docType: DocType;
  docTypeName: string | null;
  docTitle: number | null;
  docSummary: number[];
  authority: number[];
  recipientTo: number[];
  /** Centred reference lines in brackets under the title ("(Theo Kế hoạch số 2242/KH-SCT ngày 23/4/2026)"). */
  reference: number[];
  /** Where the tên loại and the trích yếu sit when they share a paragraph. */
  spans: Partial<Record<ElementKind, ElementSpan[]>>;
  legalBasis: number[];
  enacting: number | null;
  bodyStart: number;
}

const ENACTING = /^(quyet dinh|quyet nghi|chi thi|ban hanh|nghi quyet|ket luan)(:?)$/;

export function detectTitleBlock(model: DocModel, from: number, hasVv: boolean): TitleResult {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const r: TitleResult = {
    docType: hasVv ? "cong-van" : "unknown",
    docTypeName: null,
    docTitle: null,
    docSummary: [],
    authority: [],
    recipientTo: [],
    reference: [],
    spans: {},
    legalBasis: [],
    enacting: null,
    bodyStart: from,
  };
  const skip = (i: number) => {
    while (
      i < body.length &&
      (isEmptyParagraph(body[i]) ||
        isUnderscoreLine(body[i]) ||
        isAsteriskLine(body[i]) ||
        // Phạm vi lưu hành (ô 11) above the tên loại, or over the Kính gửi of a công văn.
        markOf(body[i].text) !== null)
    )
      i++;
    return i;
  };
  const text = (i: number) => body[i].text.trim();
  const upperLine = (i: number) => {
    const p = body[i];
    return (
      looksUpper(p, 0, p.text.length) && !text(i).endsWith(":") && wordCount(stripPlaceholders(text(i))) <= 14
    );
  };
  const bracketed = (i: number) => /^\(.*\)$/su.test(text(i));
  const structural = (i: number) =>
    body[i].list !== null ||
    parseHeadingLabel(text(i)) !== null ||
    isLegalBasis(text(i)) ||
    isKinhGui(text(i)) ||
    isVv(text(i)) ||
    isAuthorityLine(text(i)) ||
    isRecipientsTitle(text(i));

  let i = skip(from);
  if (i >= body.length) return { ...r, bodyStart: body.length };
  // "QUYẾT ĐỊNH↵Về việc …": the tên loại and the trích yếu in one paragraph, parted by a line break.
  const [head, ...tail] = segments(body[i]);
  const joined = head !== undefined && tail.length > 0 && docTypeOf(head.text) !== null;
  const info = docTypeOf(joined ? head.text : text(i));
  const titleLike =
    upperLine(i) && body[i].format.alignment === "center" && wordCount(text(i)) <= 8 && !structural(i);
  if (info || (titleLike && !hasVv)) {
    r.docTitle = i;
    r.docTypeName = joined ? head.text : text(i);
    r.docType = info ? info.type : "other";
    let j = skip(i + 1);
    if (joined) {
      const last = tail[tail.length - 1];
      r.spans.docTitle = [{ paragraph: i, start: head.start, end: head.end }];
      r.spans.docSummary = [{ paragraph: i, start: tail[0].start, end: last.end }];
      r.docSummary.push(i);
      j = i + 1;
    }
    // Trích yếu: the first line under the tên loại, then further centred lines (none on some forms).
    if (
      !hasNoSummary(text(i)) &&
      j < body.length &&
      j - i <= 3 &&
      !structural(j) &&
      !upperLine(j) &&
      !joined
    ) {
      r.docSummary.push(j);
      let k = j + 1;
      while (
        k < body.length &&
        r.docSummary.length < 4 &&
        !isEmptyParagraph(body[k]) &&
        !isUnderscoreLine(body[k]) &&
        body[k].format.alignment === "center" &&
        !structural(k) &&
        !upperLine(k) &&
        !bracketed(k)
      ) {
        r.docSummary.push(k++);
      }
      j = k;
    }
    i = skip(j);
    // The authority that issues a Quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), on one or two lines.
    while (i < body.length && r.authority.length < 3 && upperLine(i) && !structural(i)) r.authority.push(i++);
    i = skip(i);
  }
  // "(Theo Kế hoạch số … ngày …)": a centred reference line in brackets, before or after Kính gửi.
  const isReference = (k: number) =>
    k < body.length &&
    body[k].cell === null &&
    body[k].format.alignment === "center" &&
    bracketed(k) &&
    wordCount(text(k)) <= 40;
  while (isReference(i)) {
    r.reference.push(i);
    i = skip(i + 1);
  }
  if (i < body.length && isKinhGui(text(i))) {
    r.recipientTo.push(i);
    const inline = stripPlaceholders(text(i).replace(/^kính gửi\s*:?/i, "")).length > 0;
    let k = i + 1;
    while (!inline && k < body.length && /^[-–+]\s*/.test(text(k))) {
      r.recipientTo.push(k);
      if (text(k).endsWith(".")) break;
      k++;
    }
    i = skip(Math.max(...r.recipientTo) + 1);
    while (isReference(i)) {
      r.reference.push(i);
      i = skip(i + 1);
    }
  }
  r.bodyStart = Math.min(i, body.length);
  let k = r.bodyStart;
  while (k < body.length && isLegalBasis(text(k))) {
    r.legalBasis.push(k);
    k = skip(k + 1);
  }
  // The enacting line ("QUYẾT ĐỊNH:") closes the preamble, whose lines do not always begin "Căn cứ" ("Luật Tổ
  // chức chính quyền địa phương …;", "Xét Tờ trình số …", "Theo đề nghị của …"): they are căn cứ lines too.
  // Typed without its colon, it counts only centred right before "Điều 1."; with neither an enacting line nor a
  // "Căn cứ" line, italic lines right before "Điều 1." are the preamble.
  const firstArticle = (i: number) => i < body.length && /^dieu\s+1\b/.test(fold(text(i)));
  const lines = (to: number) =>
    [...Array(Math.max(0, to - k)).keys()].map((n) => k + n).filter((j) => skip(j) === j);
  let preambleEnd: number | null = null;
  for (let e = k; e < Math.min(body.length, k + 12); e++) {
    const f = fold(text(e));
    const m = ENACTING.exec(f);
    if (m && (m[2] === ":" || (body[e].format.alignment === "center" && firstArticle(skip(e + 1))))) {
      r.enacting = e;
      preambleEnd = e;
      break;
    }
    if (/^dieu\s+1\b/.test(f)) {
      const italic = lines(e).every((j) => look(body[j], 0, body[j].text.length).italic);
      if (italic && r.legalBasis.length === 0) preambleEnd = e;
      break;
    }
  }
  if (preambleEnd !== null) r.legalBasis.push(...lines(preambleEnd));
  return r;
}
