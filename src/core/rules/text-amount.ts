// text-amount: an amount in figures with its words after it — "100.000.000 đồng (Một trăm triệu đồng)", "05 (năm)
// người", "Bằng chữ: …" — must say the same number; amounts use Vietnamese separators (dots for thousands, a comma
// for decimals).
import { integerWords, readNumberWords } from "../text/number-words";
import { spanFinding, textParagraphs, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule } from "./types";
import { matchesIn } from "../text/matches";

/** A figure: "100.000.000", "1.250.000,5", "05", "3,5"; also "100,000,000" and "1,500.50" to report. */
const FIGURE = /\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:,\d+)?/g;
/** The words in brackets after the figure and up to three unit words: "đồng (Một trăm triệu đồng)", "(năm) người". */
const WORDS_AFTER = /^((?:\s*[\p{L}Đđ]+){0,3}?)\s*\(\s*(?:bằng chữ\s*:\s*)?([^()\d]+?)\s*\)/iu;
/** "Bằng chữ: Một trăm triệu đồng" after an amount in the same paragraph. */
const IN_WORDS = /bằng chữ\s*:\s*([^.;()\d]+)/giu;
const MAY_HAVE_AMOUNT = /\(|đồng|VN|chữ|\d,\d{3},/i;
const MONEY_AFTER = /^\s*(đồng|VNĐ|VND|đ)(?!\p{L})/u;

/** The value of a figure written with Vietnamese separators, or null when its separators are not Vietnamese. */
export function figureValue(figure: string): number | null {
  if (/^\d+(,\d+)?$/.test(figure)) return Number(figure.replace(",", "."));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(figure)) return Number(figure.replace(/\./g, "").replace(",", "."));
  return null;
}

/** English separators ("100,000,000", "1,500.50"): the same figure written the Vietnamese way, or null. */
function vietnameseForm(figure: string): string | null {
  const m = /^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/.exec(figure);
  if (!m) return null;
  return m[1].replace(/,/g, ".") + (m[2] ? "," + m[2].slice(1) : "");
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

function checkParagraph(tp: TextParagraph): { start: number; end: number; message: string }[] {
  const text = tp.text;
  const out: { start: number; end: number; message: string }[] = [];
  const figures: { start: number; end: number; value: number | null }[] = [];
  for (const m of matchesIn(text, FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of a legal number, a date or a code: "30/2020/NĐ-CP", "05/3/2020", "1.2.3".
    if (/[/\-.\p{L}]/u.test(text.charAt(start - 1)) || /^[/-]|^\.\d/u.test(text.slice(end, end + 2)))
      continue;
    const figure = m[0];
    const after = text.slice(end);
    const money = MONEY_AFTER.test(after);
    const english = vietnameseForm(figure);
    if (english && (money || /,\d{3},/.test(figure))) {
      out.push({
        start,
        end,
        message: `Số tiền, số lượng viết theo cách Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân: “${english}”, không viết “${figure}”.`,
      });
      figures.push({ start, end, value: figureValue(english) });
      continue;
    }
    const value = figureValue(figure);
    if (value !== null && money && /^\d{5,}$/.test(figure)) {
      const grouped = figure.replace(/\B(?=(\d{3})+$)/g, ".");
      out.push({
        start,
        end,
        message: `Số tiền có từ năm chữ số trở lên ngăn hàng nghìn bằng dấu chấm: “${grouped}”.`,
      });
    }
    figures.push({ start, end, value });
    const w = WORDS_AFTER.exec(after);
    if (!w || value === null) continue;
    const said = readNumberWords(w[2]);
    if (said === null || said === value) continue;
    const wStart = end + w[0].indexOf(w[2], w[1].length);
    out.push(mismatch(figure, value, w[2], said, wStart, wStart + w[2].length));
  }
  for (const m of matchesIn(text, IN_WORDS)) {
    const words = m[1].trim();
    const said = readNumberWords(words);
    // The amount it spells out: the last figure before it.
    const figure = [...figures].reverse().find((f) => f.end <= m.index);
    if (said === null || !figure || figure.value === null || said === figure.value) continue;
    const wStart = m.index + m[0].indexOf(words);
    out.push(
      mismatch(
        text.slice(figure.start, figure.end),
        figure.value,
        words,
        said,
        wStart,
        wStart + words.length,
      ),
    );
  }
  return out;
}

function mismatch(figure: string, value: number, words: string, said: number, start: number, end: number) {
  const right = Number.isInteger(value) ? `; bằng chữ là “${upperFirst(integerWords(value))}”` : "";
  return {
    start,
    end,
    message: `Phần bằng chữ “${words}” là ${said.toLocaleString("vi-VN")}, không khớp với số “${figure}”${right}.`,
  };
}

export const textAmount: Rule = {
  meta: {
    id: "text-amount",
    title: "Số tiền, số lượng bằng chữ",
    description:
      "Số tiền, số lượng viết bằng số kèm bằng chữ (“100.000.000 đồng (Một trăm triệu đồng)”, “Bằng chữ: …”) phải khớp nhau; số viết theo cách Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân).",
    legalBasis: [],
    normativity: "practice",
    severity: "error",
    fixPolicy: "suggest-only",
  },
  check(ctx) {
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      // Every finding needs words in brackets, "Bằng chữ", money, or English thousands: skip the rest cheaply.
      if (!/\d/.test(tp.text) || !MAY_HAVE_AMOUNT.test(tp.text)) continue;
      for (const r of checkParagraph(tp)) findings.push(spanFinding(ctx, tp, r));
    }
    return findings;
  },
};
