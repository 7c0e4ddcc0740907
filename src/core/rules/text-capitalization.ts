// text-capitalization: a sentence that starts in lower case after . ! ? (NĐ 30, Phụ lục II, mục I).
// Abbreviations with a dot (TM., TP., v.v.), numbered labels ("2.1.", "a.", "Điều 3."), ellipses and the
// closing "./." do not end a sentence.
import { isDotAbbreviation } from "../vietnamese/words";
import { spanFinding, textParagraphs, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasUpper } from "../vietnamese/letters";
import { matchesIn } from "../text/matches";

/** The end mark, the spaces after it, an optional opening quote or bracket, then a lower-case word. */
const LOWER_AFTER_END = /([.!?])( +)([“"(]?)(\p{Ll}[\p{L}\p{M}]*)/gu;
/** A numbered label at the start of a paragraph, up to its dot: "2.1", "II", "a", "Điều 3". */
const LABEL =
  /^\s*[-–+•]?\s*(?:(?:Điều|Chương|Mục|Phần|Khoản|Điểm)\s+)?(?:\d+(?:\.\d+)*|[IVXLCDM]+|[a-zđ])$/iu;
const CITED_NUMBER = /(?:Điều|Chương|Mục|Phần|khoản|điểm)\s+\d+$/iu;

function endsSentence(text: string, dotAt: number, mark: string): boolean {
  if (mark !== ".") return true;
  const before = text.slice(0, dotAt);
  if (/[.…/]$/.test(before)) return false;
  if (LABEL.test(before) || CITED_NUMBER.test(before)) return false;
  const word = /[\p{L}\p{M}./]*$/u.exec(before)?.[0] ?? "";
  return !isDotAbbreviation(word);
}

export function findLowercaseStarts(text: string): SpanReport[] {
  const reports: SpanReport[] = [];
  for (const m of matchesIn(text, LOWER_AFTER_END)) {
    const [, mark, spaces, quote, word] = m;
    if (!endsSentence(text, m.index, mark)) continue;
    // Words that are lower-case by nature keep it: iPhone, eKYC, e-mail addresses.
    if (hasUpper(word) || text[m.index + m[0].length] === "@") continue;
    const start = m.index + 1 + spaces.length + quote.length;
    const capital = word[0].toUpperCase();
    const prev = text.slice(Math.max(0, text.lastIndexOf(" ", m.index - 1) + 1), m.index + 1);
    reports.push({
      start,
      end: start + 1,
      message: `Đầu câu phải viết hoa: “${word}” sau “${prev}” nên viết “${capital}${word.slice(1)}”.`,
      replacement: capital,
      fixDescription: `Viết hoa “${capital}${word.slice(1)}”`,
    });
  }
  return reports;
}

export const textCapitalization: Rule = {
  meta: {
    id: "text-capitalization",
    title: "Viết hoa đầu câu",
    description: "Phát hiện câu bắt đầu bằng chữ thường sau dấu chấm, dấu chấm hỏi hoặc dấu chấm than.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục II, mục I" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      for (const r of findLowercaseStarts(tp.text)) findings.push(spanFinding(ctx, tp, r));
    }
    return findings;
  },
};
