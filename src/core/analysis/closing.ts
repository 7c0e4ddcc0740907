// The closing: "Nơi nhận:" and its items on the left, the signature block on the right — as a borderless table,
// as tab-joined lines, or as plain paragraphs one after the other.
import type { DocModel, Paragraph } from "../model/types";
import { isAuthorityLine, isRecipientsTitle, isSignatureNote, looksLikeName } from "./patterns";
import {
  hasPlaceholder,
  isEmptyParagraph,
  isUnderscoreLine,
  looksUpper,
  segments,
  stripPlaceholders,
  wordCount,
  type Segment,
} from "./text";
import type { ClosingElements, ElementKind, ElementSpan } from "./types";

export interface ClosingResult extends Omit<ClosingElements, "ending"> {
  /** First paragraph of the closing (the end of the body), or `limit` when there is none. */
  start: number;
  members: Set<number>;
  spans: Partial<Record<ElementKind, ElementSpan[]>>;
}

const isItem = (t: string) => /^[-–+•]\s*/.test(t);

function upperTitle(p: Paragraph, s: Segment): boolean {
  const text = stripPlaceholders(s.text);
  return looksUpper(p, s.start, s.end) && wordCount(text) <= 12 && !/[;.]$/.test(text);
}

/** Where the closing starts: "Nơi nhận:", the first authority line, or the table that holds either. */
/**
 * A paragraph part (see `segments`) that starts with N ("Nơi nhận", any case) or T, K, Q ("TM.", "KT.", "Q.", "TL.",
 * "TUQ.", upper case as AUTHORITY wants): the only parts that can be a recipients title or an authority line.
 */
const OPENS_WITH = /^\s*[nNTKQ]/;
const OPENS_AFTER_BREAK = /[\t\n]\s*[nNTKQ]/;

/** `/(?:^|[\t\n])\s*[nNTKQ]/`, the second half searched only in the few paragraphs with a tab or a break. */
export const mayOpenClosing = (text: string): boolean =>
  OPENS_WITH.test(text) || ((text.includes("\t") || text.includes("\n")) && OPENS_AFTER_BREAK.test(text));

function closingStart(body: Paragraph[], from: number, limit: number): number {
  let start = limit;
  for (let i = from; i < limit; i++) {
    // Most paragraphs have no part that can open the closing: one test spares them the cutting into segments.
    if (!mayOpenClosing(body[i].text)) continue;
    const segs = segments(body[i]);
    if (segs.some((s) => isRecipientsTitle(s.text) || isAuthorityLine(s.text))) {
      start = i;
      break;
    }
  }
  if (start < limit) {
    const table = body[start].cell?.table;
    if (table !== undefined) {
      const first = body.findIndex((p) => p.cell?.table === table);
      if (first >= from) start = first;
    }
    return start;
  }
  // No "Nơi nhận" and no mark: a head signing in person ("GIÁM ĐỐC" over the name) at the very end.
  let i = limit - 1;
  const next = () => {
    while (i >= from && (isEmptyParagraph(body[i]) || isSignatureNote(body[i].text))) i--;
  };
  next();
  if (i < from || !looksLikeName(body[i].text)) return limit;
  i--;
  next();
  let top = -1;
  while (i >= from && top - i < 3) {
    const seg = segments(body[i])[0];
    if (!seg || !upperTitle(body[i], seg) || body[i].format.alignment === "both") break;
    top = i--;
  }
  return top === -1 ? limit : top;
}

export function detectClosing(model: DocModel, from: number, limit: number): ClosingResult {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const start = closingStart(body, from, limit);
  const r: ClosingResult = {
    start,
    recipientsTitle: null,
    recipients: [],
    signatureLines: [],
    signerName: null,
    members: new Set(),
    spans: {},
  };
  const add = (kind: ElementKind, i: number, s: Segment) =>
    (r.spans[kind] ??= []).push({ paragraph: i, start: s.start, end: s.end });
  let recipientCol: number | null = null;
  let lastItem = -1;
  const nameCandidates: { i: number; s: Segment }[] = [];
  for (let i = start; i < limit; i++) {
    const p = body[i];
    r.members.add(i);
    if (isEmptyParagraph(p) || isUnderscoreLine(p)) continue;
    for (const s of segments(p)) {
      const inRecipientCol = recipientCol !== null && p.cell !== null && p.cell.col === recipientCol;
      if (r.recipientsTitle === null && isRecipientsTitle(s.text)) {
        r.recipientsTitle = i;
        recipientCol = p.cell?.col ?? null;
        add("recipientsTitle", i, s);
      } else if (
        r.recipientsTitle !== null &&
        (isItem(s.text) || (inRecipientCol && !isAuthorityLine(s.text)))
      ) {
        if (!r.recipients.includes(i)) r.recipients.push(i);
        add("recipient", i, s);
        lastItem = i;
      } else if (isAuthorityLine(s.text) || (upperTitle(p, s) && !isItem(s.text))) {
        if (!r.signatureLines.includes(i)) r.signatureLines.push(i);
        add("signatureLine", i, s);
      } else if (isSignatureNote(s.text)) {
        continue;
      } else if (r.signatureLines.length > 0 && !inRecipientCol) {
        nameCandidates.push({ i, s });
      } else if (r.recipientsTitle !== null && p.cell === null && !isItem(s.text) && i === lastItem + 1) {
        // A recipient item wrapped onto its own paragraph.
        r.recipients.push(i);
        add("recipient", i, s);
        lastItem = i;
      }
    }
  }
  // The signer's name: the first line under the titles that reads as a name (or its placeholder), else the first.
  const nameCandidate =
    nameCandidates.find(({ s }) => looksLikeName(s.text) || hasPlaceholder(s.text)) ?? nameCandidates[0];
  if (nameCandidate) {
    r.signerName = nameCandidate.i;
    add("signerName", nameCandidate.i, nameCandidate.s);
  }
  return r;
}
