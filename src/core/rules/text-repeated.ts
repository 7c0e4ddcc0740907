// text-repeated: the same run of two or more words written twice in a row ("Trên đây là Trên đây là"), or a
// function word doubled ("của của"). Reduplicated content words (người người, nhà nhà, ngày ngày) are Vietnamese.
import { FUNCTION_WORDS, type PackedWords, type Vocabulary } from "../vietnamese/words";
import { spanFinding, textParagraphs, wordsOf, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasLetter } from "../vietnamese/letters";

const MAX_RUN = 8;

/**
 * Repeated runs among a paragraph's words, compared by lower-case id: the rule reads every word of a document
 * against up to eight after it, so it works on the packed words rather than token objects.
 */
export function findRepeats(
  text: string,
  { first, count }: PackedWords,
  vocabulary: Vocabulary,
): SpanReport[] {
  const { keyIds, keys } = vocabulary;
  const start = (k: number) => vocabulary.startOf(first + k);
  const end = (k: number) => vocabulary.endOf(first + k);
  const lower = (k: number) => keys[vocabulary.idOf(first + k)];
  const key = (k: number) => keyIds[vocabulary.idOf(first + k)];
  const sameRun = (i: number, n: number) => {
    if (i + 2 * n > count) return false;
    for (let k = 0; k < n; k++) if (key(i + k) !== key(i + n + k)) return false;
    for (let k = i; k < i + 2 * n - 1; k++) if (!vocabulary.spacesOnlyAfter(text, first + k)) return false;
    for (let k = i; k < i + n; k++) if (hasLetter(lower(k))) return true;
    return false;
  };
  const reports: SpanReport[] = [];
  for (let i = 0; i < count;) {
    let n = Math.min(MAX_RUN, Math.floor((count - i) / 2));
    // A run of n repeats only where word i + n is word i again: one comparison passes most lengths by.
    const opening = key(i);
    while (n >= 2 && (key(i + n) !== opening || !sameRun(i, n))) n--;
    if (n < 2 && !(sameRun(i, 1) && FUNCTION_WORDS.has(lower(i)))) {
      i++;
      continue;
    }
    n = Math.max(n, 1);
    const from = end(i + n - 1);
    const to = end(i + 2 * n - 1);
    const phrase = text.slice(start(i), from);
    reports.push({
      start: from,
      end: to,
      message:
        n === 1
          ? `Lặp từ “${phrase}”: viết hai lần liền nhau (“${text.slice(start(i), to)}”).`
          : `Lặp cụm từ “${phrase}”: viết hai lần liền nhau.`,
      replacement: "",
      fixDescription: `Xóa “${phrase}” viết lặp lần thứ hai`,
    });
    i += 2 * n;
  }
  return reports;
}

export const textRepeated: Rule = {
  meta: {
    id: "text-repeated",
    title: "Từ, cụm từ lặp",
    description:
      "Phát hiện cụm từ viết lặp liền nhau (“Trên đây là Trên đây là”) và hư từ lặp (“của của”, “và và”); không coi từ láy (người người, nhà nhà) là lỗi.",
    legalBasis: [],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx))
      for (const r of findRepeats(tp.text, wordsOf(tp), tp.vocabulary))
        findings.push(spanFinding(ctx, tp, r));
    return findings;
  },
};
