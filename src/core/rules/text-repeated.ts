// text-repeated: the same run of two or more words written twice in a row ("Trên đây là Trên đây là"), or a
// function word doubled ("của của"). Reduplicated content words (người người, nhà nhà, ngày ngày) are Vietnamese.
import { FUNCTION_WORDS, type PackedWords, type Vocabulary } from "../vietnamese/words";
import { spanFinding, textParagraphs, wordsOf, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasLetter } from "../vietnamese/letters";

const MAX_RUN = 8;

/**
 * Repeated runs among a paragraph's words, compared by lower-case id: the rule reads every word of a document
 * against up to eight after it, so it works on the packed words rather than token objects, in plain loops (closures
 * per word cost four times the comparisons themselves).
 */
export function findRepeats(
  text: string,
  { first, count }: PackedWords,
  vocabulary: Vocabulary,
): SpanReport[] {
  const { keyIds, keys } = vocabulary;
  const reports: SpanReport[] = [];
  for (let i = 0; i < count;) {
    const opening = keyIds[vocabulary.idOf(first + i)];
    let n = Math.min(MAX_RUN, (count - i) >> 1);
    // A run of n repeats only where word i + n is word i again: one comparison passes most lengths by.
    while (
      n >= 1 &&
      (keyIds[vocabulary.idOf(first + i + n)] !== opening || !sameRun(text, first, i, n, vocabulary))
    )
      n--;
    if (n === 0 || (n === 1 && !FUNCTION_WORDS.has(keys[vocabulary.idOf(first + i)]))) {
      i++;
      continue;
    }
    const start = vocabulary.startOf(first + i);
    const from = vocabulary.endOf(first + i + n - 1);
    const to = vocabulary.endOf(first + i + 2 * n - 1);
    const phrase = text.slice(start, from);
    reports.push({
      start: from,
      end: to,
      message:
        n === 1
          ? `Lặp từ “${phrase}”: viết hai lần liền nhau (“${text.slice(start, to)}”).`
          : `Lặp cụm từ “${phrase}”: viết hai lần liền nhau.`,
      replacement: "",
      fixDescription: `Xóa “${phrase}” viết lặp lần thứ hai`,
    });
    i += 2 * n;
  }
  return reports;
}

/** True when words i…i+n-1 of the paragraph are written again right after, only spaces between, with a letter. */
function sameRun(text: string, first: number, i: number, n: number, vocabulary: Vocabulary): boolean {
  const { keyIds, keys } = vocabulary;
  for (let k = 1; k < n; k++)
    if (keyIds[vocabulary.idOf(first + i + k)] !== keyIds[vocabulary.idOf(first + i + n + k)]) return false;
  for (let k = i; k < i + 2 * n - 1; k++) if (!vocabulary.spacesOnlyAfter(text, first + k)) return false;
  for (let k = i; k < i + n; k++) if (hasLetter(keys[vocabulary.idOf(first + k)])) return true;
  return false;
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
