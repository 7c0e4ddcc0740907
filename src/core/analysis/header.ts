// The header block: agency names and number on the left, Quốc hiệu, Tiêu ngữ and date on the right — as a
// two-column borderless table or as plain paragraphs (one element per line, or two joined by tabs).
import type { DocModel, Paragraph } from "../model/types";
import {
  docTypeOf,
  isDocNumber,
  isKinhGui,
  isMotto,
  isNationalTitle,
  isPartyTitle,
  isPlaceDate,
  isVeViec,
  isVv,
} from "./patterns";
import {
  fold,
  isAsteriskLine,
  isEmptyParagraph,
  isUnderscoreLine,
  spaceSplit,
  look,
  segments,
  stripPlaceholders,
  type Segment,
} from "./text";
import { markOf } from "./marks";
import type { ElementKind, ElementSpan } from "./types";
import { isUpperText } from "../vietnamese/letters";

/** How far into the document the header is looked for. */
const WINDOW = 40;

export interface HeaderResult {
  parentAgency: number[];
  agencyName: number[];
  nationalTitle: number | null;
  motto: number | null;
  docNumber: number | null;
  placeDate: number | null;
  vvSummary: number[];
  spans: Partial<Record<ElementKind, ElementSpan[]>>;
  /** Paragraphs of the header block. */
  members: Set<number>;
  /** Last paragraph of the block, or -1 when the document has no header. */
  end: number;
}

type Kind = "nationalTitle" | "motto" | "docNumber" | "placeDate" | "vvSummary";

function classify(text: string): Kind | null {
  if (isNationalTitle(text) || isPartyTitle(text)) return "nationalTitle";
  if (isMotto(text)) return "motto";
  if (isDocNumber(text)) return "docNumber";
  if (isPlaceDate(text)) return "placeDate";
  if (isVv(text)) return "vvSummary";
  return null;
}

/** "Số:" parted from "/KH-UBND" by the tab or the spaces of a blank number is one element. */
function joinNumberBlank(text: string, parts: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of parts) {
    const prev = out[out.length - 1];
    if (prev && /^s[oố]\s*:?[\s.…_]*$/iu.test(prev.text) && /^[.…_]*\//u.test(seg.text)) {
      out[out.length - 1] = { start: prev.start, end: seg.end, text: text.slice(prev.start, seg.end) };
    } else out.push(seg);
  }
  return out;
}

/**
 * "BẢO HIỂM XÃ HỘI VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" typed as one line that
 * wraps into two columns: an upper-case Quốc hiệu after upper-case text cuts the segment in three (agency name,
 * Quốc hiệu, what follows). Running text that names the Republic is not upper case and stays whole.
 */
/** Each UTF-16 unit folded, spaces dropped: kept, since a long header folds the same few dozen letters. */
const foldedLetters = new Map<string, string>();

function foldedLetter(unit: string): string {
  let folded = foldedLetters.get(unit);
  if (folded === undefined) foldedLetters.set(unit, (folded = fold(unit).replace(/\s/g, "")));
  return folded;
}

function cutAtNationalTitle(text: string, seg: Segment): Segment[] {
  if (seg.text.length < 40 || classify(seg.text)) return [seg];
  // Fold letter by letter (spaces dropped); where each folded letter came from is listed only when the title is
  // there, which in a long paragraph of running text it seldom is.
  let folded = "";
  for (let k = seg.start; k < seg.end; k++) folded += foldedLetter(text[k]);
  const m = /conghoaxahoichunghiavietnam/.exec(folded);
  if (!m || m.index === 0) return [seg];
  const from: number[] = [];
  for (let k = seg.start; k < seg.end; k++) {
    const letters = Array.from(foldedLetter(text[k])).length;
    for (let j = 0; j < letters; j++) from.push(k);
  }
  const start = from[m.index];
  const end = from[m.index + m[0].length - 1] + 1;
  if (!isUpperText(text.slice(seg.start, end))) return [seg];
  const piece = (a: number, b: number): Segment[] => {
    const raw = text.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    return t ? [{ start: a + lead, end: a + lead + t.length, text: t }] : [];
  };
  return [...piece(seg.start, start), ...piece(start, end), ...piece(end, seg.end)];
}

/**
 * Tab-separated parts, each cut at long runs of spaces unless it is a known element as a whole ("Số:    /KH-")
 * with no other element after its spaces ("Số:     /UBND-NC          Lâm Đồng, ngày …" is two).
 */
function headerSegments(p: Paragraph): Segment[] {
  return joinNumberBlank(p.text, segments(p))
    .flatMap((s) => {
      const pieces = joinNumberBlank(p.text, spaceSplit(s));
      if (pieces.length > 1 && pieces.slice(1).some((x) => classify(x.text) !== null)) return pieces;
      return classify(s.text) ? [s] : pieces;
    })
    .flatMap((s) => cutAtNationalTitle(p.text, s));
}

export function detectHeader(model: DocModel): HeaderResult {
  const body = model.paragraphs.slice(0, model.bodyCount);
  const spans: HeaderResult["spans"] = {};
  const addSpan = (kind: ElementKind, paragraph: number, s: Segment) =>
    (spans[kind] ??= []).push({ paragraph, start: s.start, end: s.end });
  const found: Partial<Record<Kind, number>> = {};
  const vv: number[] = [];
  const classified = new Map<number, Set<number>>(); // paragraph → start offsets of classified segments

  const limit = Math.min(body.length, WINDOW);
  for (let i = 0; i < limit; i++) {
    const p = body[i];
    if (p.cell === null && (docTypeOf(segments(p)[0]?.text ?? "") || isKinhGui(p.text))) break;
    for (const seg of headerSegments(p)) {
      const kind = classify(seg.text);
      if (!kind) continue;
      if (kind === "vvSummary") {
        if (found.docNumber === undefined) continue;
        vv.push(i);
      } else if (found[kind] !== undefined) continue;
      else found[kind] = i;
      addSpan(kind, i, seg);
      if (!classified.has(i)) classified.set(i, new Set());
      classified.get(i)?.add(seg.start);
    }
  }
  // A date well below the Quốc hiệu, Tiêu ngữ and number (a petition's date above its signature) is not the header's.
  const core = [found.nationalTitle, found.motto, found.docNumber].filter(
    (x): x is number => x !== undefined,
  );
  const dateAt = found.placeDate;
  if (dateAt !== undefined && core.length > 0 && body[dateAt].cell === null) {
    const between = body.slice(Math.max(...core) + 1, dateAt).filter((q) => !isEmptyParagraph(q)).length;
    if (between > 3) {
      delete found.placeDate;
      spans.placeDate = spans.placeDate?.filter((x) => x.paragraph !== dateAt);
      classified.delete(dateAt);
    }
  }
  const anchors = Object.values(found);
  const result: HeaderResult = {
    parentAgency: [],
    agencyName: [],
    nationalTitle: found.nationalTitle ?? null,
    motto: found.motto ?? null,
    docNumber: found.docNumber ?? null,
    placeDate: found.placeDate ?? null,
    vvSummary: [],
    spans,
    members: new Set(),
    end: -1,
  };
  if (anchors.length === 0) return result;

  // The header as one or two borderless tables (agency | Quốc hiệu, then Số | date), or as plain paragraphs.
  const tables = new Set(
    [...anchors, ...vv].map((i) => body[i].cell?.table).filter((t): t is number => t !== undefined),
  );
  const table = tables.size > 0 ? tables : null;
  const agencyLines: { i: number; seg: Segment }[] = [];

  if (table !== null) {
    const inTable = body
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.cell !== null && table.has(p.cell.table));
    inTable.forEach(({ i }) => result.members.add(i));
    const leftCol = found.docNumber !== undefined ? (body[found.docNumber].cell?.col ?? 0) : 0;
    const left = inTable.filter(({ p }) => p.cell?.col === leftCol);
    const numberAt = found.docNumber ?? Infinity;
    for (const { p, i } of left) {
      if (
        i >= numberAt ||
        classified.has(i) ||
        isEmptyParagraph(p) ||
        isUnderscoreLine(p) ||
        isAsteriskLine(p)
      )
        continue;
      const seg = segments(p)[0];
      if (seg) agencyLines.push({ i, seg });
    }
    // Công văn: the trích yếu under the number, in the left column (Party: "về việc …" without "V/v").
    // Độ mật / độ khẩn under it (ô 10a, 10b) are marks, not part of the trích yếu.
    const afterNumber = left.filter(
      ({ i, p }) => i > numberAt && !isEmptyParagraph(p) && !isUnderscoreLine(p) && !markOf(p.text),
    );
    if (afterNumber.length && (isVv(afterNumber[0].p.text) || isVeViec(afterNumber[0].p.text))) {
      for (const { i, p } of afterNumber) {
        if (!vv.includes(i)) {
          vv.push(i);
          const seg = segments(p)[0];
          if (seg) addSpan("vvSummary", i, seg);
        }
      }
    }
  } else {
    const last = Math.max(...anchors, ...vv);
    const numberAt = found.docNumber ?? last + 1;
    for (let i = 0; i <= last; i++) {
      const p = body[i];
      if (isEmptyParagraph(p) || isUnderscoreLine(p) || isAsteriskLine(p)) {
        result.members.add(i);
        continue;
      }
      result.members.add(i);
      if (i >= numberAt) continue;
      for (const seg of headerSegments(p)) {
        if (classified.get(i)?.has(seg.start)) continue;
        const text = stripPlaceholders(seg.text);
        const upper = look(p, seg.start, seg.end).upper || (text === "" && seg.text.startsWith("["));
        if (upper) agencyLines.push({ i, seg });
      }
    }
  }

  // Chủ quản (not bold) above the issuing body (bold). With one boldness throughout, a single line is the
  // issuing body; with several lines and none bold, the first is taken as the chủ quản.
  const bold = agencyLines.map(({ i, seg }) => look(body[i], seg.start, seg.end).bold);
  let split = bold.findIndex((b) => b);
  if (split === -1) split = agencyLines.length >= 2 ? 1 : 0;
  agencyLines.forEach(({ i, seg }, k) => {
    const kind = k < split ? "parentAgency" : "agencyName";
    const list = kind === "parentAgency" ? result.parentAgency : result.agencyName;
    if (!list.includes(i)) list.push(i);
    addSpan(kind, i, seg);
  });

  result.vvSummary = [...new Set(vv)].sort((a, b) => a - b);
  const all = [...anchors, ...vv, ...agencyLines.map((a) => a.i)];
  all.forEach((i) => result.members.add(i));
  result.end = Math.max(...all, ...[...result.members]);
  // Lines drawn under the last header element (underscores, empty bordered paragraphs) belong to it.
  let next = result.end + 1;
  while (next < body.length && isUnderscoreLine(body[next])) result.members.add(next++);
  result.end = next - 1;
  return result;
}
