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
  looksUpper,
  stripPlaceholders,
  wordCount,
} from "./text";
import type { DocType } from "./types";

export interface TitleResult {
  docType: DocType;
  docTypeName: string | null;
  docTitle: number | null;
  docSummary: number[];
  authority: number[];
  recipientTo: number[];
  legalBasis: number[];
  enacting: number | null;
  bodyStart: number;
}

const ENACTING = /^(quyet dinh|quyet nghi|chi thi|ban hanh|nghi quyet|ket luan):$/;

export function detectTitleBlock(model: DocModel, from: number, hasVv: boolean): TitleResult {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const r: TitleResult = {
    docType: hasVv ? "cong-van" : "unknown",
    docTypeName: null,
    docTitle: null,
    docSummary: [],
    authority: [],
    recipientTo: [],
    legalBasis: [],
    enacting: null,
    bodyStart: from,
  };
  const skip = (i: number) => {
    while (
      i < body.length &&
      (isEmptyParagraph(body[i]) || isUnderscoreLine(body[i]) || isAsteriskLine(body[i]))
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
  const info = docTypeOf(text(i));
  const titleLike =
    upperLine(i) && body[i].format.alignment === "center" && wordCount(text(i)) <= 8 && !structural(i);
  if (info || (titleLike && !hasVv)) {
    r.docTitle = i;
    r.docTypeName = text(i);
    r.docType = info ? info.type : "other";
    let j = skip(i + 1);
    // Trích yếu: the first line under the tên loại, then further centred lines (none on some forms).
    if (!hasNoSummary(text(i)) && j < body.length && j - i <= 3 && !structural(j) && !upperLine(j)) {
      r.docSummary.push(j);
      let k = j + 1;
      while (
        k < body.length &&
        r.docSummary.length < 4 &&
        !isEmptyParagraph(body[k]) &&
        !isUnderscoreLine(body[k]) &&
        body[k].format.alignment === "center" &&
        !structural(k) &&
        !upperLine(k)
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
  }
  r.bodyStart = Math.min(i, body.length);
  let k = r.bodyStart;
  while (k < body.length && isLegalBasis(text(k))) {
    r.legalBasis.push(k);
    k = skip(k + 1);
  }
  if (k < body.length && ENACTING.test(fold(text(k)))) r.enacting = k;
  return r;
}
