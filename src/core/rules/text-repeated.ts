// text-repeated: the same run of two or more words written twice in a row ("Trên đây là Trên đây là"), or a
// function word doubled ("của của"). Reduplicated content words (người người, nhà nhà, ngày ngày) are Vietnamese.
import { FUNCTION_WORDS, tokenize, type Token } from "../vietnamese/words";
import { spanFinding, textParagraphs, tokensOf, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { hasLetter } from "../vietnamese/letters";

const MAX_RUN = 8;

function sameRun(tokens: Token[], i: number, n: number): boolean {
  if (i + 2 * n > tokens.length) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k].key !== tokens[i + n + k].key) return false;
  for (let k = i; k < i + 2 * n - 1; k++) if (!tokens[k].spaceAfter) return false;
  return tokens.slice(i, i + n).some((t) => hasLetter(t.key));
}

export function findRepeats(text: string, tokens: Token[] = tokenize(text)): SpanReport[] {
  const reports: SpanReport[] = [];
  for (let i = 0; i < tokens.length;) {
    let n = Math.min(MAX_RUN, Math.floor((tokens.length - i) / 2));
    while (n >= 2 && !sameRun(tokens, i, n)) n--;
    if (n < 2 && !(sameRun(tokens, i, 1) && FUNCTION_WORDS.has(tokens[i].key))) {
      i++;
      continue;
    }
    n = Math.max(n, 1);
    const start = tokens[i + n - 1].end;
    const end = tokens[i + 2 * n - 1].end;
    const phrase = text.slice(tokens[i].start, start);
    reports.push({
      start,
      end,
      message:
        n === 1
          ? `Lặp từ “${phrase}”: viết hai lần liền nhau (“${text.slice(tokens[i].start, end)}”).`
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
      for (const r of findRepeats(tp.text, tokensOf(tp))) findings.push(spanFinding(ctx, tp, r));
    return findings;
  },
};
