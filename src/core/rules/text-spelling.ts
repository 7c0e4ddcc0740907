// text-spelling: words that cannot be Vietnamese (a broken syllable, leftover Telex/VNI keystrokes, a misplaced
// mark) and listed confusions ("sử lý" → "xử lý"). Never judged: words with a capital letter (names,
// abbreviations, uppercase lines), codes, numbers, addresses, words joined by dots or slashes, foreign words, and
// the names the organisation profile or the `knownNames` option lists. Reads the lazily loaded "spelling" set
// (imports from src/core/data/ stay type-only, so the pane's first bundle does not carry the lists).
import { isSyllable, type Lexicon } from "../vietnamese/lexicon";
import type { SpellingData } from "../data/spelling";
import type { Paragraph } from "../model/types";
import {
  confusionKey,
  findConfusions,
  inCaseOf,
  indexConfusions,
  judgeWord,
  mayHoldConfusion,
  type WordVerdict,
} from "../vietnamese/spelling";
import {
  wordTable,
  type PackedWords,
  type Token,
  type Vocabulary,
  type WordTable,
} from "../vietnamese/words";
import { inSpans, nameSpans, protectedNames } from "./protected-names";
import { spanFinding, textParagraphs, tokensOf, wordsOf } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";

/** Characters that only a legacy encoding puts next to letters (VNI ø û ï ö…, TCVN3 © µ ¸ ¶…). */
const LEGACY_TRACE = /[A-Za-z][øûïåäüëñöîæ©µ¸¶·¹¨»¾¼½ª«¬¡¢£¤¥¦§÷]|[©µ¸¶·¹¨»¾¼½ª«¬¡¢£¤¥¦§÷][A-Za-z]/;

/** Characters that may open or close a word's chunk: brackets, quotes, and punctuation after it. */
const OPENERS = new Set(["(", "“", "‘", '"', "'", "«", "[", "{"]);
const CLOSERS = new Set([")", "”", "’", '"', "'", "»", "]", "}", ",", ".", ";", ":", "!", "?", "…"]);
const isSpace = (ch: string | undefined) =>
  ch === undefined || ch === " " || ch === "\t" || ch === "\n" || ch === "\u00a0";

/**
 * True when the token stands as a word of its own: only spaces, brackets, quotes or closing punctuation around it.
 * Tokens joined to others by a dot, a slash, a hyphen, an @… are codes, numbers, addresses, transliterations
 * (KT-XH, 06/2022/QH15, langson.gov.vn, Mát-xcơ-va); one letter alone is a list label (a, đ).
 */
function standsAlone(text: string, token: Token): boolean {
  if (token.end - token.start < 2) return false;
  let before = token.start - 1;
  while (before >= 0 && OPENERS.has(text[before])) before--;
  if (!isSpace(text[before])) return false;
  let after = token.end;
  while (after < text.length && CLOSERS.has(text[after])) after++;
  return isSpace(text[after]);
}

/** Offsets inside quotation marks or italic runs, where a foreign word is at home. */
function quotedOrItalic(p: Paragraph, text: string): (offset: number) => boolean {
  const spans: [number, number][] = [];
  for (const r of p.runs) if (r.format.italic) spans.push([r.start, r.start + r.text.length]);
  for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) spans.push([m.index, m.index + m[0].length]);
  return (offset) => spans.some(([s, e]) => offset >= s && offset < e);
}

/** Whether a lower-case word of the paragraph gets a verdict: the only words the rule judges alone. */
function judgedWord(
  { first, count }: PackedWords,
  judged: WordTable<boolean>,
  vocabulary: Vocabulary,
): boolean {
  for (let w = first; w < first + count; w++) if (judged.get(vocabulary.idOf(w))) return true;
  return false;
}

/** Per session verdicts (see below), per vocabulary: whether each word is lower case and gets a verdict. */
const judgedTables = new WeakMap<Map<string, WordVerdict | null>, WeakMap<Vocabulary, WordTable<boolean>>>();

/** Verdicts on words, a pure function of the word and the lexicon, kept for the session like the lexicon itself. */
const verdictCache = new WeakMap<Lexicon, Map<string, WordVerdict | null>>();

/** The confusion index of each loaded data set, built on the first check. */
const indexes = new WeakMap<SpellingData, ReturnType<typeof indexConfusions>>();

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
    let index = indexes.get(data);
    if (!index) indexes.set(data, (index = indexConfusions(data.confusions)));
    const names = protectedNames(ctx);
    // A document repeats its words, and a session its checks: each distinct word is judged once.
    let verdicts = verdictCache.get(lexicon);
    if (!verdicts) verdictCache.set(lexicon, (verdicts = new Map()));
    const judge = (word: string) => {
      let v = verdicts.get(word);
      if (v === undefined) verdicts.set(word, (v = judgeWord(lexicon, word.normalize("NFC"))));
      return v;
    };
    let tables = judgedTables.get(verdicts);
    if (!tables) judgedTables.set(verdicts, (tables = new WeakMap()));
    const judgedIn = (vocabulary: Vocabulary) =>
      wordTable(tables, vocabulary, (id, v) => v.words[id] === v.keys[id] && judge(v.keys[id]) !== null);
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      const { text } = tp;
      // Leftovers of a legacy encoding (TCVN3, VNI) are font-legacy-encoding's: none of its words is judged.
      if (LEGACY_TRACE.test(text)) continue;
      // Names, quotations and italics matter only where something is found: worked out then, once per paragraph.
      let spans: [number, number][] | null = null;
      const named = (start: number, end: number) =>
        names.length > 0 && inSpans((spans ??= nameSpans(text, names)), start, end);
      let sheltered: ((offset: number) => boolean) | null = null;
      // Most paragraphs hold nothing to report: told from the packed words before any token is made.
      const packed = wordsOf(tp);
      if (
        !mayHoldConfusion(text, packed, tp.vocabulary, index) &&
        !judgedWord(packed, judgedIn(tp.vocabulary), tp.vocabulary)
      )
        continue;
      const tokens = tokensOf(tp);
      // A listed confusion says more than a word judged alone ("bồi dưởng" → "bồi dưỡng"): it goes first.
      const confused: [number, number][] = [];
      for (const { confusion, first, last } of findConfusions(tokens, index, confusionKey)) {
        const start = tokens[first].start;
        const end = tokens[last].end;
        if (named(start, end)) continue;
        confused.push([start, end]);
        const written = text.slice(start, end);
        const right = inCaseOf(written, confusion.right);
        findings.push(
          spanFinding(ctx, tp, {
            start,
            end,
            message: `Viết nhầm “${written}”: đúng là “${right}” (${data.sources[confusion.source].short}).`,
            replacement: right,
          }),
        );
      }
      /** An unmarked word that is neither Vietnamese nor keystrokes: its neighbours sit in a foreign phrase. */
      const isForeign = (k: number) => {
        if (k < 0 || k >= tokens.length || !standsAlone(text, tokens[k])) return false;
        const lower = tokens[k].key;
        return /^[a-z]{2,}$/.test(lower) && !isSyllable(lexicon, lower) && judge(lower) === null;
      };
      for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k];
        // Words with a capital (names, abbreviations) are never judged: compare before any lookup.
        if (token.text !== token.key) continue;
        const verdict = judge(token.key);
        if (!verdict || !standsAlone(text, token)) continue;
        if (inSpans(confused, token.start, token.end) || named(token.start, token.end)) continue;
        if (verdict.kind === "keystrokes") {
          sheltered ??= quotedOrItalic(tp.paragraph, text);
          if (sheltered(token.start) || isForeign(k - 1) || isForeign(k + 1)) continue;
        }
        findings.push(
          spanFinding(ctx, tp, {
            start: token.start,
            end: token.end,
            message: verdict.message,
            replacement: verdict.suggestion,
            fixDescription: verdict.suggestion && `Sửa “${token.text}” thành “${verdict.suggestion}”`,
          }),
        );
      }
    }
    return findings;
  },
};
