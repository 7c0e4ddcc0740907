// text-spacing: double spaces, a space before closing punctuation, a missing space after it, a missing space
// before an opening quote or bracket. Numbers, dates, legal numbers, abbreviations with dots and addresses are
// left alone: every check needs a letter on the relevant side.
import { isDotAbbreviation } from "../vietnamese/words";
import { around, spanFinding, textParagraphs, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";

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

/** Addresses and draft blanks ("ngày   tháng   năm", "Số:    /KH-UBND") that no spacing check touches. */
const PROTECTED = [
  /\b(?:https?:\/\/|www\.)\S+/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /ngày[ .…]+tháng[ .…]+năm/giu,
  /Số:?[ .…]*\//gu,
];

/** Spaces between two visible characters (the character before is captured, not reported). */
const MAY_NEED_PROTECTION = /www|http|@|ngày|Số/i;
const DOUBLE_SPACE = /\S( {2,})(?=\S)/g;
/** Spaces before , ; : ! ? ) ] ” or a single full stop (not "...", "./." or ".docx"). */
const SPACE_BEFORE = /\S( +)([,;:!?)\]”]|\.(?![.\/…\p{L}\p{N}]))/gu;
/** A mark glued to the next word, or a full stop between a lower-case and an upper-case letter (captured). */
const MISSING_AFTER = /([,;:!?)\]”])(?=[\p{L}“(])|(\p{Ll})\.(?=\p{Lu})/gu;
/** An opening quote or bracket glued to the word before it; "(s)" and "(a)" style suffixes are left alone. */
const MISSING_BEFORE_OPEN = /[\p{L}\p{N}]([“[]|\((?!.{1,2}\)))/gu;

function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && /[\p{L}\p{M}./]/u.test(text[from - 1])) from--;
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
    const name = NAMES[m[2]];
    const start = m.index + 1;
    add({
      start,
      end: start + m[1].length,
      message: `Thừa dấu cách trước ${name} ở “${around(text, start, start + m[1].length + 1)}”.`,
      replacement: "",
      fixDescription: `Xóa dấu cách trước ${name}`,
    });
  }
  for (const m of text.matchAll(DOUBLE_SPACE)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    add({
      start,
      end,
      message: `Thừa dấu cách: ${m[1].length} dấu cách liền nhau ở “${around(text, start, end)}”, chỉ cần một.`,
      replacement: " ",
      fixDescription: "Giữ một dấu cách",
    });
  }
  for (const m of text.matchAll(MISSING_AFTER)) {
    const mark = m[1] ?? ".";
    const at = m[1] ? m.index : m.index + m[2].length;
    if (mark === "." && isDotAbbreviation(wordBefore(text, at))) continue;
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
    const name = NAMES[m[1]];
    const at = m.index + m[0].length - 1;
    add({
      start: at,
      end: at + 1,
      message: `Thiếu dấu cách trước ${name} ở “${around(text, at, at + 1)}”.`,
      replacement: ` ${m[1]}`,
      fixDescription: `Thêm dấu cách trước ${name}`,
    });
  }
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
