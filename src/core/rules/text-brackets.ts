// text-brackets: quotes and brackets left open or closed without an opening within a paragraph. List labels
// "a)", "1)" close nothing, and a quotation may run over several paragraphs (“ in one, ” in a later one).
import { locate, textParagraphs, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const PAIRS: Record<string, string> = { "(": ")", "[": "]", "“": "”" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "”": "“" };
const NAME: Record<string, string> = {
  "(": "dấu mở ngoặc “(”",
  ")": "dấu đóng ngoặc “)”",
  "[": "dấu mở ngoặc vuông “[”",
  "]": "dấu đóng ngoặc vuông “]”",
  "“": "dấu mở ngoặc kép “",
  "”": "dấu đóng ngoặc kép ”",
};
/** A list label closed by ")": "a)", "đ)", "1)", "iv)" at the start of the text or after a space or separator. */
const LABEL_BEFORE = /(?:^|[\s;:,(–-])(?:\d{1,3}|[a-zđ]|[ivx]{1,4})$/iu;
const MARKS = /[()[\]“”"]/g;

/**
 * How far (in paragraphs) a mark opened in one paragraph may close: a quotation may run over a whole quoted
 * article; a bracket over a line broken by Enter ("(Kèm theo Nghị định số 30/2020/NĐ-CP" / "ngày 05 tháng 3 năm 2020)").
 */
const REACH: Record<string, number> = { "“": 30, "(": 2, "[": 2 };
const OPENERS = Object.keys(REACH);

interface Unbalanced {
  at: number;
  mark: string;
}

/** True when the ")" at `at` closes a list label; only the few characters before it are looked at. */
function closesLabel(text: string, at: number): boolean {
  const from = Math.max(0, at - 6);
  // A character that is neither a separator nor a label stands for the text cut off, so "^" keeps its meaning.
  return LABEL_BEFORE.test((from > 0 ? "\u0000" : "") + text.slice(from, at));
}

/** Marks left open or closed without an opening, in one pass: each mark is pushed and popped at most once. */
export function unbalancedMarks(text: string): Unbalanced[] {
  const stack: Unbalanced[] = [];
  const open: Record<string, number> = { "(": 0, "[": 0, "“": 0 };
  const bad: Unbalanced[] = [];
  const straight: number[] = [];
  // Marks read one at a time, not gathered first: a paragraph of nested brackets holds as many as it has characters.
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (PAIRS[ch]) {
      stack.push({ at: i, mark: ch });
      open[ch]++;
    } else if (CLOSERS[ch]) {
      const opener = CLOSERS[ch];
      if (open[opener] === 0) {
        if (ch === ")" && closesLabel(text, i)) continue;
        bad.push({ at: i, mark: ch });
        continue;
      }
      // Marks opened after the matching one were never closed.
      for (let top = stack.pop()!; ; top = stack.pop()!) {
        open[top.mark]--;
        if (top.mark === opener) break;
        bad.push(top);
      }
    } else if (ch === '"') straight.push(i);
  }
  if (straight.length % 2 === 1) bad.push({ at: straight[straight.length - 1], mark: '"' });
  if (stack.length === 0 && bad.length === 0) return bad;
  return [...bad, ...stack].sort((a, b) => a.at - b.at);
}

function message(u: Unbalanced, text: string): string {
  const quoted = (s: number, e: number) => {
    const piece = text.slice(Math.max(0, s), Math.min(text.length, e)).trim();
    return piece.length > 0 ? ` (“${piece}…”)` : "";
  };
  if (u.mark === '"') return `Số dấu ngoặc kép " trong đoạn là số lẻ: thiếu một dấu mở hoặc đóng.`;
  if (PAIRS[u.mark]) {
    return `${NAME[u.mark][0].toUpperCase()}${NAME[u.mark].slice(1)} không có ${NAME[PAIRS[u.mark]]} tương ứng${quoted(u.at + 1, u.at + 31)}; thêm ${PAIRS[u.mark]} ở cuối phần được mở.`;
  }
  return `${NAME[u.mark][0].toUpperCase()}${NAME[u.mark].slice(1)} không có ${NAME[CLOSERS[u.mark]]} tương ứng ở trước; thêm ${CLOSERS[u.mark]} hoặc xóa ${u.mark}.`;
}

export const textBrackets: Rule = {
  meta: {
    id: "text-brackets",
    title: "Ngoặc và ngoặc kép",
    description:
      "Phát hiện dấu ngoặc đơn, ngoặc vuông hoặc ngoặc kép chỉ có mở mà không có đóng (hoặc ngược lại) trong một đoạn.",
    legalBasis: [],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "suggest-only",
  },
  check(ctx: RuleContext) {
    const paragraphs = textParagraphs(ctx);
    const found: { tp: TextParagraph; marks: Unbalanced[] }[] = paragraphs.map((tp) => ({
      tp,
      marks: unbalancedMarks(tp.text),
    }));
    // A mark over several paragraphs: the last open mark of one paragraph and the first stray closer of a later one.
    found.forEach((f, i) => {
      if (f.tp.paragraph.index === null || f.marks.length === 0) return;
      for (const opener of OPENERS) {
        const open = f.marks.filter((m) => m.mark === opener).pop();
        if (!open) continue;
        for (let j = i + 1; j < found.length && j <= i + REACH[opener]; j++) {
          const later = found[j];
          if (later.tp.paragraph.index === null) break;
          const close = later.marks.find((m) => m.mark === PAIRS[opener]);
          if (close) {
            f.marks.splice(f.marks.indexOf(open), 1);
            later.marks.splice(later.marks.indexOf(close), 1);
            break;
          }
          if (later.marks.some((m) => m.mark === opener)) break;
        }
      }
    });
    const findings: FindingInput[] = [];
    for (const { tp, marks } of found) {
      for (const u of marks) {
        findings.push({
          message: message(u, tp.text),
          ...locate(tp.paragraph),
          excerpt: ctx.excerpt(tp.text, u.at, u.at + 1),
          span: { start: u.at, end: u.at + 1 },
        });
      }
    }
    return findings;
  },
};
