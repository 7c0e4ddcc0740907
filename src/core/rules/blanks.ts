// What a "blank left to fill" is, for the placeholder rule and for whoever writes skeletons (docs/rules/placeholder.md
// is the public definition). Pure text scanning: no knowledge of where a paragraph sits in the document.
import { matchAllAfter } from "../text/match-after";
import { matchesIn } from "../text/matches";
import {
  endsEnumerationItem,
  endsLetterThenWhite,
  endsWithValueWord,
  LETTER_OR_DIGIT,
  whiteStart,
} from "./blanks-before";

export type BlankKind = "bracket" | "angle" | "dots" | "underscores" | "xxx";

export interface Blank {
  kind: BlankKind;
  /** Character offsets in the text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/** "[Tên cơ quan]", "[CẦN BỔ SUNG: …]": any bracketed text on one line, except a bare reference number "[1]". */
const BRACKET = /\[[^[\]\n]{1,120}\]/g;
/** "<Tên cơ quan>", "<họ và tên>": a letter right after "<" (so "a < b" and "<=" are left alone). */
const ANGLE = /<\p{L}[^<>\n]{0,118}>/gu;
/** Dots, ellipses and the spaces between them: "…", "...", ". . .", "…………". */
const DOTS = /(?:\.{3,}|…)(?:[ \u00A0]?(?:\.{2,}|…))*/g;
/** Three or more underscores (a form field); a segment made only of underscores is a drawn line instead. */
const UNDERSCORES = /_{3,}/g;
/** "XXX", "xxx", "xx" (as in "Số: xx/QĐ-UBND", "ngày xx/xx/20xx"); "XX" alone is a Roman numeral (Đại hội XX). */
const XXX = /(?:X{3,}|x{2,})(?![\p{L}])/gu;
const LETTER = /\p{L}/u;

/** True when a run of dots is an ellipsis ending an enumeration or a word ("A, B, C…", "v.v...") rather than a blank. */
function isEllipsis(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  // Long leaders ("…………", ".........") are always form fields.
  if (run.replace(/[^.…]/g, "").replace(/…/g, "...").length > 4) return false;
  const after = text.slice(end);
  // Words that announce a value: dots after them stand for the value ("ngày.... tháng.... năm....)").
  if (endsWithValueWord(text, start)) return false;
  // The character before the white space that ends the text before the run.
  const last = text[whiteStart(text, start) - 1];
  // The last item of an enumeration: "các sở, ban, ngành, … dự họp".
  if (last === ",") return true;
  // Glued to the last item of an enumeration, the sentence going on: "pano, áp phích, phát tờ rơi… nhằm".
  if (endsEnumerationItem(text, start)) return true;
  // Glued to the word before it at the end of a clause: "v.v...", "các đơn vị khác…". What may follow an ellipsis
  // is the end of the clause or a new sentence ("… khác… Tất cả").
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return /^\s*([)”.;:,!?]|$)|^\s+\p{Lu}/u.test(after);
  // A sentence or heading trailing off after a word: "Trong công tác chỉ đạo ...", "TÌNH HÌNH THỰC HIỆN ...".
  if (endsLetterThenWhite(text, start) && after.trim() === "") return true;
  // "(…)" marks words left out of a quotation.
  if (last === "(" && /^\s*\)/.test(after)) return true;
  return false;
}

/** Every blank in a piece of text, in order. */
export function findBlanks(text: string): Blank[] {
  const out: Blank[] = [];
  const add = (kind: BlankKind, start: number, end: number) => {
    if (out.some((b) => start < b.end && b.start < end)) return;
    out.push({ kind, start, end, text: text.slice(start, end) });
  };
  if (text.includes("["))
    for (const m of matchesIn(text, BRACKET))
      if (!/^\[\s*\d+\s*\]$/.test(m[0])) add("bracket", m.index, m.index + m[0].length);
  if (text.includes("<"))
    for (const m of matchesIn(text, ANGLE)) add("angle", m.index, m.index + m[0].length);
  if (text.includes("..") || text.includes("…"))
    for (const m of matchesIn(text, DOTS)) {
      const end = m.index + m[0].length;
      if (!isEllipsis(text, m.index, end)) add("dots", m.index, end);
    }
  if (text.includes("___"))
    for (const m of matchesIn(text, UNDERSCORES)) {
      const line = lineAround(text, m.index);
      // A line made only of underscores is a drawn line (under the agency name, the motto…), not a field.
      if (line.replace(/[_\s]/g, "") !== "") add("underscores", m.index, m.index + m[0].length);
    }
  // Every XXX match holds "XXX" or "xx": two literal searches cost less than a case-insensitive pattern.
  if (text.includes("xx") || text.includes("XXX"))
    for (const m of matchAllAfter(text, XXX, (c) => !LETTER.test(c)))
      add("xxx", m.index, m.index + m[0].length);
  return out.sort((a, b) => a.start - b.start);
}

/** The tab- or line-break-separated piece of text around a position. */
function lineAround(text: string, at: number): string {
  let from = at;
  while (from > 0 && text[from - 1] !== "\n" && text[from - 1] !== "\t") from--;
  let to = at;
  while (to < text.length && text[to] !== "\n" && text[to] !== "\t") to++;
  return text.slice(from, to);
}
