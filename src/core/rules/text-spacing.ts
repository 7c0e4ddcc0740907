// text-spacing: double spaces, a space before closing punctuation, a missing space after it, a missing space
// before an opening quote or bracket, a hyphen with a space on one side only, spaces typed before a heading.
// Numbers, dates, legal numbers, abbreviations with dots and addresses are left alone: every check needs a letter
// on the relevant side.
import { parseHeadingLabel } from "../analysis/headings";
import { isDotAbbreviation } from "../vietnamese/words";
import { around, spanFinding, textParagraphs, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasLower, isLetterOrMark } from "../vietnamese/letters";
import { matchesIn } from "../text/matches";
import { isWhiteSpace } from "../text/white-space";

const NAMES: Record<string, string> = {
  ",": "dấu phẩy (,)",
  ".": "dấu chấm (.)",
  ";": "dấu chấm phẩy (;)",
  ":": "dấu hai chấm (:)",
  "!": "dấu chấm than (!)",
  "?": "dấu chấm hỏi (?)",
  ")": "dấu đóng ngoặc “)”",
  "]": "dấu đóng ngoặc vuông “]”",
  "”": "dấu đóng ngoặc kép ”",
  "“": "dấu mở ngoặc kép “",
  "(": "dấu mở ngoặc “(”",
  "[": "dấu mở ngoặc vuông “[”",
};

/**
 * Addresses and the blanks a draft leaves for the văn thư ("ngày    tháng 8 năm", "tháng    năm", "Số:    /KH-UBND")
 * that no spacing check touches. E-mail addresses are found from their "@" (see `emailSpans`).
 */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/giu;
/** The literal part of a URL, before the costlier word-boundary pattern runs. */
const MAY_BE_URL = /www|http/i;
const PROTECTED = [/ngày[ \u00A0.…]+tháng/giu, /tháng[ \u00A0.…]+năm/giu, /Số:?[ \u00A0.…]*\//gu];

/** A cheap test before the protected patterns run. */
const MAY_NEED_PROTECTION = /www|http|@|ngày|tháng|Số/i;
// Every scan below is linear in the paragraph's length: no pattern can restart inside a run it already crossed
// (runs of spaces are matched whole, then the character after them is looked at), and overlaps are resolved with
// a mark per character rather than by comparing findings with each other.
/** Two or more spaces (no-break ones included); reported between visible characters only. */
const DOUBLE_SPACE = /[ \u00A0]{2,}/g;
/** A run of plain spaces before , ; : ! ? ) ] ” or a full stop: found by the regex engine, not space by space
 * (a paragraph holds hundreds of spaces and a handful of these). The character before the run is part of the
 * match, so a match can start only where a run does: each run is matched whole and crossed once (linear), and a run
 * at the start of the paragraph, which is never reported, is never matched. */
const SPACES_BEFORE_CLOSING = /[^ ] +(?=[,;:!?)\]”.])/g;
const FULL_STOP = 0x2e;
const NOT_AFTER_STOP = /[./…\p{L}\p{N}]/u;
/** A mark glued to the next word or opening quote; a full stop only between lower and upper case ("thời.Tăng"). */
const MISSING_AFTER = /[,;:!?)\]”](?=[\p{L}“(])|\.(?=\p{Lu})/gu;
/** An opening quote or bracket (not "(s)"-style suffixes), reported when glued to a letter or digit before it. */
const MISSING_BEFORE_OPEN = /[“[]|\((?!.{1,2}\))/gu;
/** Spaces typed at the start of a paragraph. */
const LEADING_SPACES = /^[ \u00A0]+/;
const LETTER = /\p{L}/u;
/** A code before a hyphen ("UBND- VP"): two to six capitals at the end of the text looked at. */
const CODE_BEFORE = /(?:^|[^\p{L}])\p{Lu}{2,6}$/u;
const CODE_AFTER = /^\p{Lu}{2,}(?!\p{Ll})/u;
const VISIBLE = /\S/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^@[\w-]+(?:\.[\w-]+)+/;
/** Abbreviations with dots are short: look no further back than this for one ("TP.", "V/v.", "Tr.C."). */
const ABBREVIATION_REACH = 16;

function wordBefore(text: string, at: number): string {
  let from = at;
  while (
    from > 0 &&
    at - from < ABBREVIATION_REACH &&
    (isLetterOrMark(text[from - 1]) || text[from - 1] === "." || text[from - 1] === "/")
  )
    from--;
  return text.slice(from, at);
}

/** E-mail addresses, found from each "@" outwards (a backtracking pattern would be quadratic on long words). */
function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let covered = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    const domain = EMAIL_DOMAIN.exec(text.slice(at, at + 256));
    if (domain === null || at < covered) continue;
    let from = at;
    while (from > covered && EMAIL_LOCAL.test(text[from - 1])) from--;
    if (from === at) continue;
    covered = at + domain[0].length;
    spans.push([from, covered]);
  }
  return spans;
}

/** A plain or no-break space. */
const isSpace = (code: number): boolean => code === 0x20 || code === 0xa0;

/**
 * A hyphen between words with a space on one side only: "Thi đua- khen thưởng", "Thi đua -khen thưởng". Found from
 * each hyphen (a letter must touch it on the side without the space, and a word stand past the run of spaces on the
 * other).
 */
function lopsidedHyphens(text: string): SpanReport[] {
  const out: SpanReport[] = [];
  for (let hyphen = text.indexOf("-"); hyphen >= 0; hyphen = text.indexOf("-", hyphen + 1)) {
    let start: number;
    let end: number;
    if (isSpace(text.charCodeAt(hyphen + 1))) {
      let after = hyphen + 1;
      while (isSpace(text.charCodeAt(after))) after++;
      if (!LETTER.test(text[after] ?? "") || !LETTER.test(text[hyphen - 1] ?? "")) continue;
      start = hyphen;
      end = after;
    } else if (isSpace(text.charCodeAt(hyphen - 1))) {
      let spaces = hyphen - 1;
      while (spaces > 0 && isSpace(text.charCodeAt(spaces - 1))) spaces--;
      if (!LETTER.test(text[hyphen + 1] ?? "") || !LETTER.test(text[spaces - 1] ?? "")) continue;
      start = spaces;
      end = hyphen + 1;
    } else continue;
    // Codes join without spaces ("UBND- VP" → "UBND-VP"); words take a space on each side ("Thi đua - Khen thưởng").
    const from = Math.max(0, start - 8);
    const before = (from > 0 ? "\u0000" : "") + text.slice(from, start);
    const code = CODE_BEFORE.test(before) && CODE_AFTER.test(text.slice(end, end + 64));
    out.push({
      start,
      end,
      message: `Dấu gạch nối có dấu cách một bên ở “${around(text, start, end)}”: ${code ? "viết liền, không dấu cách" : "đặt một dấu cách mỗi bên"}.`,
      replacement: code ? "-" : " - ",
      fixDescription: code ? "Bỏ dấu cách quanh dấu gạch nối" : "Đặt một dấu cách mỗi bên dấu gạch nối",
    });
  }
  return out;
}

/**
 * Where a report may start: two spaces, a space before a closing mark or full stop, a space before a hyphen glued to
 * the next character, a closing mark before what may be a letter, “ or ( (every letter is A–Z, a–z or past U+00A9),
 * a full stop before what may be a capital (A–Z or past U+00BF), an opening quote or bracket, a hyphen before a
 * space. The last two are reported only after a letter or digit, which `mayHaveSpacingIssue` then looks at.
 */
const MAY_REPORT =
  /[ \u00A0](?:[ \u00A0]|-[^ \u00A0])| [,;:!?)\]”.]|[,;:!?)\]”](?=[A-Za-z(\u00AA-\uFFFF])|\.(?=[A-Z\u00C0-\uFFFF])|[“[(]|-[ \u00A0]/g;
/** May be a letter or digit (ASCII ones, or any code unit past ASCII that is not white space). */
const mayBeLetterOrDigit = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x80 && !isWhiteSpace(c));

/**
 * False only when `findSpacingIssues` reports nothing: each of its checks needs one of the `MAY_REPORT` places, or
 * a space at the start. One pattern call per paragraph; most paragraphs have none of these places, and skip the
 * eight patterns and the protected spans.
 */
export function mayHaveSpacingIssue(text: string): boolean {
  if (isSpace(text.charCodeAt(0))) return true;
  try {
    MAY_REPORT.lastIndex = 0;
    for (let m = MAY_REPORT.exec(text); m !== null; m = MAY_REPORT.exec(text)) {
      const at = m.index;
      const c = text.charCodeAt(at);
      // Only an opening or a hyphen (no other alternative starts with one) needs the character before it.
      if (c !== 0x28 && c !== 0x5b && c !== 0x201c && c !== 0x2d) return true;
      if (at > 0 && mayBeLetterOrDigit(text.charCodeAt(at - 1))) return true;
      MAY_REPORT.lastIndex = at + 1;
    }
    return false;
  } finally {
    MAY_REPORT.lastIndex = 0;
  }
}

export function findSpacingIssues(text: string): SpanReport[] {
  // taken[i] = 1: character i is protected or already carries a finding. Made at the first mark: most paragraphs
  // have none, and a typed array per paragraph is a costly allocation.
  let taken: Uint8Array | null = null;
  const mark = (start: number, end: number) =>
    (taken ??= new Uint8Array(text.length + 1)).fill(1, start, Math.max(end, start + 1));
  if (MAY_NEED_PROTECTION.test(text)) {
    if (MAY_BE_URL.test(text))
      for (const m of matchesIn(text, URL_PATTERN)) mark(m.index, m.index + m[0].length);
    for (const re of PROTECTED) for (const m of matchesIn(text, re)) mark(m.index, m.index + m[0].length);
    for (const [start, end] of emailSpans(text)) mark(start, end);
  }
  const reports: SpanReport[] = [];
  // One finding per place: the first kind found wins where spans overlap or touch the same character.
  const add = (r: SpanReport) => {
    const end = Math.max(r.end, r.start + 1);
    if (taken !== null) for (let i = r.start; i < end; i++) if (taken[i]) return;
    mark(r.start, end);
    reports.push(r);
  };

  // Runs of plain spaces before , ; : ! ? ) ] ” or a single full stop (not "...", "./." or ".docx").
  for (const m of matchesIn(text, SPACES_BEFORE_CLOSING)) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    if (text.charCodeAt(end) === FULL_STOP && NOT_AFTER_STOP.test(text[end + 1] ?? "")) continue;
    if (!VISIBLE.test(text[start - 1])) continue;
    const name = NAMES[text[end]];
    add({
      start,
      end,
      message: `Thừa dấu cách trước ${name} ở “${around(text, start, end + 1)}”.`,
      replacement: "",
      fixDescription: `Xóa dấu cách trước ${name}`,
    });
  }
  for (const m of matchesIn(text, DOUBLE_SPACE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length || !VISIBLE.test(text[start - 1]) || !VISIBLE.test(text[end]))
      continue;
    add({
      start,
      end,
      message: `Thừa dấu cách: ${m[0].length} dấu cách liền nhau ở “${around(text, start, end)}”, chỉ cần một.`,
      replacement: " ",
      fixDescription: "Giữ một dấu cách",
    });
  }
  for (const m of matchesIn(text, MISSING_AFTER)) {
    const punct = m[0];
    const at = m.index;
    if (punct === "." && (at === 0 || !hasLower(text[at - 1]) || isDotAbbreviation(wordBefore(text, at))))
      continue;
    const name = NAMES[punct];
    add({
      start: at,
      end: at + 1,
      message: `Thiếu dấu cách sau ${name} ở “${around(text, at, at + 1)}”.`,
      replacement: `${punct} `,
      fixDescription: `Thêm dấu cách sau ${name}`,
    });
  }
  for (const m of matchesIn(text, MISSING_BEFORE_OPEN)) {
    const at = m.index;
    if (at === 0 || !LETTER_OR_DIGIT.test(text[at - 1])) continue;
    const name = NAMES[m[0]];
    add({
      start: at,
      end: at + 1,
      message: `Thiếu dấu cách trước ${name} ở “${around(text, at, at + 1)}”.`,
      replacement: ` ${m[0]}`,
      fixDescription: `Thêm dấu cách trước ${name}`,
    });
  }
  if (text.includes("-")) for (const r of lopsidedHyphens(text)) add(r);
  const lead = LEADING_SPACES.exec(text);
  if (lead && parseHeadingLabel(text.slice(lead[0].length)) !== null)
    add({
      start: 0,
      end: lead[0].length,
      message: `Thừa dấu cách trước đề mục “${around(text, lead[0].length, lead[0].length + 1)}”: dùng thụt lề đoạn văn, không gõ dấu cách.`,
      replacement: "",
      fixDescription: "Xóa dấu cách đầu đoạn",
    });
  return reports.sort((a, b) => a.start - b.start);
}

export const textSpacing: Rule = {
  meta: {
    id: "text-spacing",
    title: "Dấu cách",
    description:
      "Kiểm tra dấu cách thừa (hai dấu cách liền nhau, dấu cách trước dấu câu) và thiếu (sau dấu câu, trước dấu mở ngoặc hoặc mở ngoặc kép).",
    legalBasis: [],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      if (!mayHaveSpacingIssue(tp.text)) continue;
      for (const r of findSpacingIssues(tp.text)) findings.push(spanFinding(ctx, tp, r));
    }
    return findings;
  },
};
