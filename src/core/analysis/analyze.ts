// Element detection: which paragraph is the Quốc hiệu, the agency name, the Nơi nhận block…, computed once per
// check and shared by every rule.
import type { DocModel } from "../model/types";
import { detectAttachedDocument } from "./attached";
import { detectClosing } from "./closing";
import { detectCopyBlock } from "./copy-block";
import { detectHeader } from "./header";
import { NORMATIVE_ORDER, PLAN_ORDER, paragraphLabel } from "./headings";
import { findLinesUnder } from "./lines-under";
import {
  isAppendixLabel,
  isEndingMark,
  isFormLabel,
  isNationalTitle,
  isPartyTitle,
  isPersonalTitle,
} from "./patterns";
import { fold, isEmptyParagraph, look } from "./text";
import { detectTitleBlock } from "./title";
import type { DocAnalysis, DocDate, ElementKind, ElementSpan, HeadingInfo, HeadingScheme } from "./types";

export function parseDocDate(text: string): DocDate | null {
  const m = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(fold(text));
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { day, month, year }
    : null;
}

/** Month and year of a date line whose day is left blank for the văn thư to fill ("ngày … tháng 3 năm 2026"). */
export function parseDocMonth(text: string): { month: number; year: number } | null {
  const m = /ngay\s*[^\d\s]*\s*thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(fold(text));
  if (!m) return null;
  const [month, year] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/**
 * The earliest day the document can bear: its date, or the first of its month when the day is left blank — what a
 * rule asking "on or after a day" can judge before the văn thư fills the day in.
 */
export function earliestDate(a: DocAnalysis): DocDate | null {
  return a.date ?? (a.dateMonth ? { day: 1, ...a.dateMonth } : null);
}

function mergeSpans(
  ...all: Partial<Record<ElementKind, ElementSpan[]>>[]
): Partial<Record<ElementKind, ElementSpan[]>> {
  const out: Partial<Record<ElementKind, ElementSpan[]>> = {};
  for (const spans of all)
    for (const [k, v] of Object.entries(spans) as [ElementKind, ElementSpan[]][]) (out[k] ??= []).push(...v);
  return out;
}

/**
 * Where the fill-in forms of a Phụ lục begin: a "Mẫu số …" label with a Quốc hiệu (or the Party's title) of its
 * own just below. The forms are templates with their own header and layout, not body text of this document, so the
 * body and heading rules stop there; prose of the Phụ lục before the first form is still body.
 */
function firstForm(body: DocModel["paragraphs"], from: number, to: number): number {
  const titled = (i: number) => {
    const first = body[i].text.split("\n")[0];
    return isNationalTitle(first) || isPartyTitle(first);
  };
  for (let i = from; i < to; i++) {
    if (!isFormLabel(body[i].text)) continue;
    for (let k = i + 1; k < Math.min(to, i + 8); k++) if (titled(k)) return i;
  }
  return to;
}

/** A citizen's paper: its title is a đơn/tờ khai title, or, no title found, an upper-case one opens the body. */
function isPersonalPaper(body: DocModel["paragraphs"], from: number, docTitle: number | null): boolean {
  if (docTitle !== null) return isPersonalTitle(body[docTitle].text);
  let seen = 0;
  for (let i = Math.max(0, from); i < body.length && seen < 8; i++) {
    const p = body[i];
    if (isEmptyParagraph(p)) continue;
    seen++;
    if (isPersonalTitle(p.text) && look(p, 0, p.text.length).upper) return true;
  }
  return false;
}

export function analyze(model: DocModel): DocAnalysis {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const { lines: linesUnder, drawn, extents: lineExtents } = findLinesUnder(model);
  const header = detectHeader(model);
  const title = detectTitleBlock(model, header.end + 1, header.vvSummary.length > 0);
  const bodyStart = title.bodyStart;
  // A bản sao block ends the copied document: its closing and appendices stop where the block starts.
  const copy = detectCopyBlock(model, bodyStart);
  const documentEnd = copy?.start ?? body.length;

  // Appendices: "Phụ lục I" on its own line after the start of the body, each with its title lines.
  const appendices: { paragraph: number; label: string }[] = [];
  for (let i = Math.max(bodyStart, header.end + 1); i < documentEnd; i++) {
    if (body[i].cell === null && isAppendixLabel(body[i].text))
      appendices.push({ paragraph: i, label: body[i].text.trim() });
  }
  const firstAppendix = appendices.length ? appendices[0].paragraph : documentEnd;
  // Mẫu 1.3: the văn bản ban hành kèm theo ends the quyết định's closing; its content is read as its own part.
  const attached = detectAttachedDocument(model, bodyStart, firstAppendix);
  const closing = detectClosing(model, bodyStart, attached?.start ?? firstAppendix);
  const bodyEnd = Math.max(bodyStart, Math.min(closing.start, firstAppendix));

  const furniture = new Set<number>([...header.members, ...closing.members, ...drawn]);
  for (let i = documentEnd; i < body.length; i++) furniture.add(i);
  [
    title.docTitle,
    ...title.docSummary,
    ...title.authority,
    ...title.recipientTo,
    ...title.reference,
    title.enacting,
  ].forEach((i) => i !== null && furniture.add(i));

  // The "./." ending: the last body paragraph that ends with it.
  let ending: number | null = null;
  for (let i = bodyEnd - 1; i >= bodyStart && ending === null; i--) {
    if (isEmptyParagraph(body[i])) continue;
    if (isEndingMark(body[i].text)) ending = i;
    break;
  }
  if (ending !== null && /^\s*[./]+\s*$/.test(body[ending].text)) furniture.add(ending);

  const bodyRanges = [{ start: bodyStart, end: bodyEnd, appendix: 0 }];
  if (attached) {
    attached.titleBlock.forEach((i) => furniture.add(i));
    bodyRanges.push({ start: attached.contentStart, end: firstAppendix, appendix: -1 });
  }
  appendices.forEach((a, n) => {
    furniture.add(a.paragraph);
    let s = a.paragraph + 1;
    // Title lines of the Phụ lục: upper-case title, "(Kèm theo …)" reference line, centred lines.
    while (
      s < documentEnd &&
      s - a.paragraph <= 4 &&
      (isEmptyParagraph(body[s]) ||
        /^\(/.test(body[s].text.trim()) ||
        look(body[s], 0, body[s].text.length).upper ||
        body[s].format.alignment === "center")
    ) {
      furniture.add(s++);
    }
    const end = n + 1 < appendices.length ? appendices[n + 1].paragraph : documentEnd;
    bodyRanges.push({ start: Math.min(s, end), end: firstForm(body, s, end), appendix: n + 1 });
  });

  const headings: HeadingInfo[] = [];
  const headingTitles: number[] = [];
  for (const range of bodyRanges) {
    for (let i = range.start; i < range.end; i++) {
      const p = body[i];
      if (furniture.has(i) || p.cell !== null || isEmptyParagraph(p)) continue;
      const label = paragraphLabel(p);
      if (!label) continue;
      headings.push({
        paragraph: i,
        scheme: label.scheme,
        level: 0,
        label: label.label,
        values: label.values,
        fromList: label.fromList,
        appendix: range.appendix,
      });
      // "Chương I" / "QUY ĐỊNH CHUNG": the title on the next line belongs to the heading.
      if (["phan", "chuong", "muc-normative"].includes(label.scheme)) {
        const next = body[i + 1];
        if (next && !isEmptyParagraph(next) && look(next, 0, next.text.length).upper && !paragraphLabel(next))
          headingTitles.push(i + 1);
      }
    }
  }
  const normative = headings.some((h) => h.scheme === "dieu");
  if (normative)
    for (const h of headings) {
      if (h.scheme === "decimal") h.scheme = "khoan";
      else if (h.scheme === "letter") h.scheme = "diem";
    }
  const order = normative ? NORMATIVE_ORDER : PLAN_ORDER;
  const present = order.filter((s: HeadingScheme) => headings.some((h) => h.scheme === s));
  for (const h of headings) h.level = present.indexOf(h.scheme) + 1 || present.length + 1;
  headingTitles.forEach((i) => furniture.add(i));

  const placeDate = header.placeDate;
  const spans = mergeSpans(header.spans, title.spans, closing.spans);
  const dateSpan = spans.placeDate?.find((s) => s.paragraph === placeDate);
  const dateText = placeDate === null ? null : body[placeDate].text.slice(dateSpan?.start, dateSpan?.end);
  const date = dateText === null ? null : parseDocDate(dateText);

  return {
    docType: title.docType,
    docTypeName: title.docTypeName,
    header: {
      parentAgency: header.parentAgency,
      agencyName: header.agencyName,
      nationalTitle: header.nationalTitle,
      motto: header.motto,
      docNumber: header.docNumber,
      placeDate,
      docTitle: title.docTitle,
      docSummary: title.docSummary,
      vvSummary: header.vvSummary,
      recipientTo: title.recipientTo,
      referenceLine: title.reference,
      legalBasis: title.legalBasis,
      authority: title.authority,
      enacting: title.enacting,
    },
    bodyStart,
    bodyEnd,
    headings,
    closing: {
      recipientsTitle: closing.recipientsTitle,
      recipients: closing.recipients,
      signatureLines: closing.signatureLines,
      signerName: closing.signerName,
      ending,
    },
    appendices,
    ...(copy ? { copy: { start: copy.start, form: copy.form, kind: copy.kind } } : {}),
    date,
    linesUnder,
    lineExtents,
    furniture,
    spans,
    bodyRanges,
    normative,
    dateMonth: dateText === null || date ? null : parseDocMonth(dateText),
    personal: isPersonalPaper(
      body,
      Math.min(header.end, header.motto ?? header.nationalTitle ?? header.end) + 1,
      title.docTitle,
    ),
  };
}
