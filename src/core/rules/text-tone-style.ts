// text-tone-style: kiểu cũ (hòa, khỏe, thủy, Ủy) and kiểu mới (hoà, khoẻ, thuỷ, Uỷ) mixed in one document.
// Only syllable-final oa/oe/uy count. The Quốc hiệu, the Tiêu ngữ and the organisation's own names are left as
// written. Option `style: "old" | "new"` picks the target; by default the style the document uses most.
import {
  clusterWords,
  convertSyllable,
  mayHoldCluster,
  toneStyleOf,
  WORD,
  type ToneStyle,
} from "../vietnamese/tone";
import { nameSpans, protectedNames } from "./protected-names";
import { spanFinding, textParagraphs, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const COMBINING = /[\u0300-\u036f]/;

const STYLE_NAME: Record<ToneStyle, string> = { old: "kiểu cũ", new: "kiểu mới" };

interface Occurrence {
  tp: TextParagraph;
  start: number;
  end: number;
  word: string;
  style: ToneStyle;
}

export function collectToneStyles(ctx: RuleContext): Occurrence[] {
  const skip = new Set([ctx.analysis.header.nationalTitle, ctx.analysis.header.motto]);
  const names = protectedNames(ctx);
  const found: Occurrence[] = [];
  // A document repeats its words a great deal: each distinct word is analysed once per check.
  const styles = new Map<string, ToneStyle | null>();
  for (const tp of textParagraphs(ctx)) {
    if (tp.paragraph.index !== null && skip.has(tp.paragraph.index)) continue;
    if (!mayHoldCluster(tp.text)) continue;
    let spans: [number, number][] | null = null;
    // Without combining marks only a word ending in oa/oe/uy can hold a cluster, so only those are visited.
    const words = COMBINING.test(tp.text)
      ? Array.from(tp.text.matchAll(WORD), (m) => ({ word: m[0], index: m.index }))
      : clusterWords(tp.text);
    for (const { word, index: start } of words) {
      let style = styles.get(word);
      if (style === undefined) styles.set(word, (style = toneStyleOf(word)));
      if (!style) continue;
      const end = start + word.length;
      spans ??= nameSpans(tp.text, names);
      if (spans.some(([s, e]) => start < e && s < end)) continue;
      found.push({ tp, start, end, word, style });
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
