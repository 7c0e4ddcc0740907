// text-spacing: double spaces, a space before closing punctuation, a missing space after it, a missing space
// before an opening quote or bracket, a hyphen with a space on one side only, spaces typed before a heading. Numbers, dates, legal numbers, abbreviations with dots and addresses are
// left alone: every check needs a letter on the relevant side.
import { parseHeadingLabel } from "../analysis/headings";
import { isDotAbbreviation } from "../vietnamese/words";
import { around, spanFinding, textParagraphs, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasLower, isLetterOrMark } from "../vietnamese/letters";

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
 * that no spacing check touches.
 */
const PROTECTED = [
  /\b(?:https?:\/\/|www\.)\S+/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /ngày[ \u00A0.…]+tháng/giu,
  /tháng[ \u00A0.…]+năm/giu,
  /Số:?[ \u00A0.…]*\//gu,
];

/** A cheap test before the protected patterns run. */
const MAY_NEED_PROTECTION = /www|http|@|ngày|Số/i;
// Each pattern starts with the punctuation or the space it reports, so the engine skips ahead to it; the
// character on the other side is checked by hand.
/** Two or more spaces (no-break ones included); reported between visible characters only. */
const DOUBLE_SPACE = /[ \u00A0]{2,}/g;
/** Spaces before , ; : ! ? ) ] ” or a single full stop (not "...", "./." or ".docx"), after a visible character. */
const SPACE_BEFORE = / +(?=([,;:!?)\]”]|\.(?![./…\p{L}\p{N}])))/gu;
/** A mark glued to the next word or opening quote; a full stop only between lower and upper case ("thời.Tăng"). */
const MISSING_AFTER = /[,;:!?)\]”](?=[\p{L}“(])|\.(?=\p{Lu})/gu;
/** An opening quote or bracket (not "(s)"-style suffixes), reported when glued to a letter or digit before it. */
const MISSING_BEFORE_OPEN = /[“[]|\((?!.{1,2}\))/gu;
/** A hyphen between words with a space on one side only: "Thi đua- khen thưởng", "Thi đua -khen thưởng". */
const LOPSIDED_HYPHEN = /(?:-[ \u00A0]+|[ \u00A0]+-)(?=\p{L})/gu;
/** Spaces typed at the start of a paragraph. */
const LEADING_SPACES = /^[ \u00A0]+/;
const VISIBLE = /\S/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && (isLetterOrMark(text[from - 1]) || text[from - 1] === "." || text[from - 1] === "/"))
    from--;
  return text.slice(from, at);
}

export function findSpacingIssues(text: string): SpanReport[] {
  const guarded: [number, number][] = [];
  if (MAY_NEED_PROTECTION.test(text)) {
    for (const re of PROTECTED)
      for (const m of text.matchAll(re)) guarded.push([m.index, m.index + m[0].length]);
  }
  const reports: SpanReport[] = [];
  const add = (r: SpanReport) => {
    if (guarded.some(([s, e]) => r.start < e && s < r.end)) return;
    reports.push(r);
  };

  for (const m of text.matchAll(SPACE_BEFORE)) {
    if (m.index === 0 || !VISIBLE.test(text[m.index - 1])) continue;
    const name = NAMES[m[1]];
    const start = m.index;
    const end = start + m[0].length;
    add({
      start,
      end,
      message: `Thừa dấu cách trước ${name} ở “${around(text, start, end + 1)}”.`,
      replacement: "",
      fixDescription: `Xóa dấu cách trước ${name}`,
    });
  }
  for (const m of text.matchAll(DOUBLE_SPACE)) {
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
  for (const m of text.matchAll(MISSING_AFTER)) {
    const mark = m[0];
    const at = m.index;
    if (mark === "." && (at === 0 || !hasLower(text[at - 1]) || isDotAbbreviation(wordBefore(text, at))))
      continue;
    const name = NAMES[mark];
    add({
      start: at,
      end: at + 1,
      message: `Thiếu dấu cách sau ${name} ở “${around(text, at, at + 1)}”.`,
      replacement: `${mark} `,
      fixDescription: `Thêm dấu cách sau ${name}`,
    });
  }
  for (const m of text.matchAll(MISSING_BEFORE_OPEN)) {
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
  if (text.includes("-"))
    for (const m of text.matchAll(LOPSIDED_HYPHEN)) {
      const start = m.index;
      const end = start + m[0].length;
      // A letter must touch the hyphen on the side without the space, and a word stand on the other.
      const before = text.slice(0, start);
      if (!/\p{L}$/u.test(before)) continue;
      // Codes join without spaces ("UBND- VP" → "UBND-VP"); words take a space on each side ("Thi đua - Khen thưởng").
      const code =
        /(?:^|[^\p{L}])\p{Lu}{2,6}$/u.test(before) && /^\p{Lu}{2,}(?!\p{Ll})/u.test(text.slice(end));
      const replacement = code ? "-" : " - ";
      add({
        start,
        end,
        message: `Dấu gạch nối có dấu cách một bên ở “${around(text, start, end)}”: ${code ? "viết liền, không dấu cách" : "đặt một dấu cách mỗi bên"}.`,
        replacement,
        fixDescription: code ? "Bỏ dấu cách quanh dấu gạch nối" : "Đặt một dấu cách mỗi bên dấu gạch nối",
      });
    }
  const lead = LEADING_SPACES.exec(text);
  if (lead && parseHeadingLabel(text.slice(lead[0].length)) !== null)
    add({
      start: 0,
      end: lead[0].length,
      message: `Thừa dấu cách trước đề mục “${around(text, lead[0].length, lead[0].length + 1)}”: dùng thụt lề đoạn văn, không gõ dấu cách.`,
      replacement: "",
      fixDescription: "Xóa dấu cách đầu đoạn",
    });
  // One finding per place: the first kind found wins where spans overlap or touch the same character.
  const kept: SpanReport[] = [];
  for (const r of reports) {
    if (kept.some((k) => r.start < Math.max(k.end, k.start + 1) && k.start < Math.max(r.end, r.start + 1)))
      continue;
    kept.push(r);
  }
  return kept.sort((a, b) => a.start - b.start);
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
      for (const r of findSpacingIssues(tp.text)) findings.push(spanFinding(ctx, tp, r));
    }
    return findings;
  },
};
