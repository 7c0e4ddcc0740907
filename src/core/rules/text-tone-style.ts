// text-tone-style: kiểu cũ (hòa, khỏe, thủy, Ủy) and kiểu mới (hoà, khoẻ, thuỷ, Uỷ) mixed in one document.
// Only syllable-final oa/oe/uy count. The Quốc hiệu, the Tiêu ngữ and the organisation's own names are left as
// written. Option `style: "old" | "new"` picks the target; by default the style the document uses most.
import { convertSyllable, toneStyleOf, WORD, type ToneStyle } from "../vietnamese/tone";
import { matchesIn } from "../text/matches";
import { wordTable, type Vocabulary, type WordTable } from "../vietnamese/words";
import { nameSpans, protectedNames } from "./protected-names";
import { spanFinding, textParagraphs, wordsOf, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const STYLE_NAME: Record<ToneStyle, string> = { old: "kiểu cũ", new: "kiểu mới" };

interface Occurrence {
  tp: TextParagraph;
  start: number;
  end: number;
  word: string;
  style: ToneStyle;
}

/** A marked oa/oe/uy syllable inside a scanned word: where it starts in the word, the syllable, its style. */
interface Styled {
  offset: number;
  word: string;
  style: ToneStyle;
}

const styleTables = new WeakMap<Vocabulary, WordTable<Styled[] | null>>();

/**
 * The styled syllables of each vocabulary word, worked out once per distinct word. A scanned word is a run of
 * letters, marks and digits; the rule's words are runs of letters and marks (WORD), so a word with digits in it is
 * split as WORD would split it ("2017hòa" holds "hòa").
 */
function stylesOf(vocabulary: Vocabulary): WordTable<Styled[] | null> {
  return wordTable(styleTables, vocabulary, (id, v) => {
    const styled: Styled[] = [];
    for (const m of matchesIn(v.words[id], WORD)) {
      const style = toneStyleOf(m[0]);
      if (style) styled.push({ offset: m.index, word: m[0], style });
    }
    return styled.length > 0 ? styled : null;
  });
}

export function collectToneStyles(ctx: RuleContext): Occurrence[] {
  const skip = new Set([ctx.analysis.header.nationalTitle, ctx.analysis.header.motto]);
  const names = protectedNames(ctx);
  const found: Occurrence[] = [];
  for (const tp of textParagraphs(ctx)) {
    if (tp.paragraph.index !== null && skip.has(tp.paragraph.index)) continue;
    const { first, count } = wordsOf(tp);
    const { vocabulary } = tp;
    const styles = stylesOf(vocabulary);
    let spans: [number, number][] | null = null;
    for (let w = first; w < first + count; w++) {
      const styled = styles.get(vocabulary.idOf(w));
      if (styled === null) continue;
      for (const { offset, word, style } of styled) {
        const start = vocabulary.startOf(w) + offset;
        const end = start + word.length;
        spans ??= nameSpans(tp.text, names);
        if (spans.some(([s, e]) => start < e && s < end)) continue;
        found.push({ tp, start, end, word, style });
      }
    }
  }
  return found;
}

export const textToneStyle: Rule = {
  meta: {
    id: "text-tone-style",
    title: "Kiểu đặt dấu thanh",
    description:
      "Phát hiện văn bản trộn kiểu đặt dấu cũ (hòa, khỏe, thủy) và kiểu mới (hoà, khoẻ, thuỷ) ở các vần oa, oe, uy; sửa về một kiểu.",
    legalBasis: [],
    normativity: "practice",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const occurrences = collectToneStyles(ctx);
    const old = occurrences.filter((o) => o.style === "old").length;
    const neu = occurrences.length - old;
    const chosen = ctx.options.style === "old" || ctx.options.style === "new" ? ctx.options.style : null;
    if (!chosen && (old === 0 || neu === 0)) return [];
    const target: ToneStyle = chosen ?? (neu > old ? "new" : "old");
    const counts = `kiểu cũ: ${old} chỗ, kiểu mới: ${neu} chỗ`;
    const why = chosen
      ? `kiểu đã chọn là ${STYLE_NAME[target]}`
      : `văn bản dùng chủ yếu ${STYLE_NAME[target]}`;
    const findings: FindingInput[] = [];
    for (const o of occurrences) {
      if (o.style === target) continue;
      const converted = convertSyllable(o.word, target);
      findings.push(
        spanFinding(ctx, o.tp, {
          start: o.start,
          end: o.end,
          message: `Dấu thanh đặt ${STYLE_NAME[o.style]} ở “${o.word}” trong khi ${why} (${counts}); viết “${converted}” cho thống nhất.`,
          replacement: converted,
          fixDescription: `Đổi “${o.word}” thành “${converted}”`,
        }),
      );
    }
    return findings;
  },
};
