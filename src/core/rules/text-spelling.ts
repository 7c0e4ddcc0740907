// text-spelling: words that cannot be Vietnamese (a broken syllable, leftover Telex/VNI keystrokes, a misplaced
// mark) and listed confusions ("sử lý" → "xử lý"). Never judged: words with a capital letter (names,
// abbreviations, uppercase lines), codes, numbers, addresses, words joined by dots or slashes, foreign words, and
// the names the organisation profile or the `knownNames` option lists. Reads the lazily loaded "spelling" set.
import { CONFUSION_SOURCES } from "../data/spelling/confusions";
import { isLetterOrMark } from "../vietnamese/letters";
import { isSyllable } from "../vietnamese/lexicon";
import type { Paragraph } from "../model/types";
import {
  confusionKeys,
  findConfusions,
  inCaseOf,
  indexConfusions,
  judgeWord,
  type WordVerdict,
} from "../vietnamese/spelling";
import { tokenize } from "../vietnamese/words";
import { inSpans, nameSpans, protectedNames } from "./protected-names";
import { spanFinding, textParagraphs } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";

/** A stretch of text between spaces, with the punctuation around it stripped. */
const CHUNK = /\S+/g;
const LEADING = /^[("“‘'«[{]+/;
const TRAILING = /[)\]}"”’'»,.;:!?…]+$/;
/** Characters that make a chunk a code, an address, a number or a formula rather than words. */
const NOT_WORDS = /[@/\\_=&#%+*<>|~^$.:,;!?()[\]{}"“”‘’«»]/;
const DIGIT = /\d/;
const isWordChar = (ch: string) => isLetterOrMark(ch) || DIGIT.test(ch);
/** Characters that only a legacy encoding puts next to letters (VNI ø û ï ö…, TCVN3 © µ ¸ ¶…). */
const LEGACY_TRACE = /[A-Za-z][øûïåäüëñöîæ©µ¸¶·¹¨»¾¼½ª«¬¡¢£¤¥¦§÷]|[©µ¸¶·¹¨»¾¼½ª«¬¡¢£¤¥¦§÷][A-Za-z]/;

interface Part {
  word: string;
  start: number;
  end: number;
}

/** Words of the paragraph that may be judged. */
function wordParts(text: string): Part[] {
  const parts: Part[] = [];
  for (const m of text.matchAll(CHUNK)) {
    let chunk = m[0];
    let start = m.index;
    const lead = LEADING.exec(chunk)?.[0].length ?? 0;
    chunk = chunk.slice(lead);
    start += lead;
    chunk = chunk.replace(TRAILING, "");
    if (chunk === "" || NOT_WORDS.test(chunk)) continue;
    // Hyphenated words are codes (KT-XH) or transliterations (Mát-xcơ-va, ki-lô-mét), never native syllables;
    // one letter alone is a list label (a, đ).
    const chars = Array.from(chunk);
    if (chars.length > 1 && chars.every(isWordChar))
      parts.push({ word: chunk, start, end: start + chunk.length });
  }
  return parts;
}

/** Offsets inside quotation marks or italic runs, where a foreign word is at home. */
function quotedOrItalic(p: Paragraph, text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  for (const r of p.runs) if (r.format.italic) spans.push([r.start, r.start + r.text.length]);
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) spans.push([m.index, m.index + m[0].length]);
  return (offset) => spans.some(([s, e]) => offset >= s && offset < e);
}

export const textSpelling: Rule = {
  meta: {
    id: "text-spelling",
    title: "Chính tả",
    description:
      "Phát hiện chữ không thể là âm tiết tiếng Việt (“thựx”, “khôngg”), phím gõ Telex/VNI còn sót (“vieetj”, “tie61ng”) và các cặp từ hay viết nhầm (“sử lý” → “xử lý”); không xét tên riêng, chữ viết tắt, mã số, địa chỉ, từ nước ngoài.",
    legalBasis: [],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "guarded",
  },
  datasets: ["spelling"],
  check(ctx) {
    const data = ctx.datasets.spelling;
    if (!data) return [];
    const { lexicon } = data;
    const index = indexConfusions(data.confusions);
    const keyOf = confusionKeys();
    const names = protectedNames(ctx);
    // A document repeats its words: each distinct word (and whether keystrokes count for it) is judged once.
    const verdicts = new Map<string, WordVerdict | null>();
    const judge = (word: string, keystrokes: boolean) => {
      const key = keystrokes ? word : `\u0000${word}`;
      let v = verdicts.get(key);
      if (v === undefined) verdicts.set(key, (v = judgeWord(lexicon, word, keystrokes)));
      return v;
    };
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      const { text } = tp;
      const spans = names.length ? nameSpans(text, names) : [];
      const sheltered = quotedOrItalic(tp.paragraph, text);
      // Leftovers of a legacy encoding (TCVN3, VNI) are font-legacy-encoding's: none of its words is judged.
      if (LEGACY_TRACE.test(text)) continue;
      const parts = wordParts(text);
      // An unmarked word next to a word that is neither Vietnamese nor keystrokes sits in a foreign phrase.
      const foreign = parts.map((p) => {
        const lower = p.word.toLowerCase();
        return /^[a-z]{2,}$/.test(lower) && !isSyllable(lexicon, lower) && judge(lower, true) === null;
      });
      const tokens = tokenize(text);
      // A listed confusion says more than a word judged alone ("bồi dưởng" → "bồi dưỡng"): it goes first.
      const confused: [number, number][] = [];
      for (const { confusion, first, last } of findConfusions(tokens, index, keyOf)) {
        const start = tokens[first].start;
        const end = tokens[last].end;
        if (inSpans(spans, start, end)) continue;
        confused.push([start, end]);
        const written = text.slice(start, end);
        const right = inCaseOf(written, confusion.right);
        findings.push(
          spanFinding(ctx, tp, {
            start,
            end,
            message: `Viết nhầm “${written}”: đúng là “${right}” (${CONFUSION_SOURCES[confusion.source].short}).`,
            replacement: right,
          }),
        );
      }
      parts.forEach((part, k) => {
        if (inSpans(spans, part.start, part.end) || inSpans(confused, part.start, part.end)) return;
        const word = part.word.normalize("NFC");
        const keystrokes = !sheltered(part.start) && !foreign[k - 1] && !foreign[k + 1];
        const verdict = judge(word, keystrokes);
        if (!verdict) return;
        findings.push(
          spanFinding(ctx, tp, {
            start: part.start,
            end: part.end,
            message: verdict.message,
            replacement: verdict.suggestion,
            fixDescription: verdict.suggestion && `Sửa “${part.word}” thành “${verdict.suggestion}”`,
          }),
        );
      });
    }
    return findings;
  },
};
