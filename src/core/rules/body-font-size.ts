// body-font-size: body text 13–14 pt (Party: 14–15), every occurrence of a run outside the range.
import { at, bodyParagraphs, cite, isSizeOutside, optRange, type Range } from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục II.6e";

/** The size most of the body already uses inside the range, so a fix matches its neighbours. */
function dominantSize(ctx: RuleContext, range: Range): number | null {
  const count = new Map<number, number>();
  // Every run of the body: tested one by one, without sizeOutside's two arrays per run.
  for (const { p } of bodyParagraphs(ctx))
    for (const r of p.runs) {
      const size = r.format.size;
      if (size !== null && !isSizeOutside(size, range))
        count.set(size, (count.get(size) ?? 0) + r.text.length);
    }
  let best: number | null = null;
  for (const [s, n] of count) if (best === null || n > (count.get(best) ?? 0)) best = s;
  return best;
}

export const bodyFontSize: Rule = {
  meta: {
    id: "body-font-size",
    title: "Cỡ chữ phần nội dung",
    description: "Chữ trong phần nội dung văn bản cỡ 13–14.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6e; mục V, ô 6" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "safe",
  },
  check(ctx) {
    const range = optRange(ctx, "size", [13, 14]);
    const dominant = dominantSize(ctx, range);
    const out: FindingInput[] = [];
    for (const { p, i } of bodyParagraphs(ctx)) {
      let run: { start: number; end: number; size: number } | null = null;
      const flush = () => {
        if (!run) return;
        const target = dominant ?? (run.size < range[0] ? range[0] : range[1]);
        const span = { start: run.start, end: run.end };
        out.push(
          at(
            ctx,
            i,
            span,
            `Cỡ chữ ${run.size} pt; phần nội dung dùng cỡ ${range[0]}–${range[1]} pt ${cite(ctx, LOC)}.`,
            {
              description: `Đổi cỡ chữ thành ${target} pt`,
              edits: [
                {
                  kind: "setRunFormat",
                  paragraph: p.index ?? -1,
                  expectedText: p.text,
                  start: span.start,
                  end: span.end,
                  format: { size: target },
                },
              ],
            },
          ),
        );
        run = null;
      };
      for (const r of p.runs) {
        const visible = (r.kind === "text" || r.kind === "field") && r.text.trim() !== "";
        const size = r.format.size;
        const bad = visible && size !== null && isSizeOutside(size, range);
        if (bad && size !== null && run && run.size === size) run.end = r.start + r.text.length;
        else if (bad && size !== null) {
          flush();
          run = { start: r.start, end: r.start + r.text.length, size };
        } else if (visible) flush();
      }
      flush();
    }
    return out;
  },
};
