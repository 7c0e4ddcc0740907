// motto: the Tiêu ngữ, exact text, bold, upright, its size coupled with the Quốc hiệu, a line under it.
import { hasLineUnder } from "../analysis/lines-under";
import { MOTTO } from "../analysis/patterns";
import { look, printed } from "../analysis/text";
import {
  at,
  checkLook,
  cite,
  missing,
  optBool,
  optRange,
  optString,
  para,
  replaceEdit,
  spanOf,
  type Range,
} from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.1b";

export const motto: Rule = {
  meta: {
    id: "motto",
    title: "Tiêu ngữ",
    description:
      "Tiêu ngữ viết đúng “Độc lập - Tự do - Hạnh phúc”, in đậm, đứng, cỡ chữ đi cặp với Quốc hiệu, có đường kẻ dưới.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.1b–c; mục V, chú thích 1" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    const expected = optString(ctx, "text", MOTTO);
    const i = a.header.motto;
    if (i === null)
      return a.header.nationalTitle !== null
        ? [
            missing(
              `Thiếu Tiêu ngữ “${expected}” dưới Quốc hiệu ${cite(ctx, LOC)}.`,
              para(ctx, a.header.nationalTitle).index,
            ),
          ]
        : [];
    const p = para(ctx, i);
    const span = spanOf(ctx, "motto", i);
    // Compared as printed: decomposed tone marks and soft hyphens are text-unicode's business.
    const text = printed(p.text.slice(span.start, span.end)).normalize("NFC");
    const out: FindingInput[] = [];
    if (text !== expected) {
      const why = /[–—]/.test(text)
        ? "dùng gạch nối (-) có dấu cách hai bên, không dùng gạch dài"
        : `viết đúng “${expected}”`;
      out.push(
        at(ctx, i, span, `Tiêu ngữ phải ${why} ${cite(ctx, LOC)}.`, {
          description: `Sửa thành “${expected}”`,
          edits: [replaceEdit(p, span.start, span.end, expected)],
        }),
      );
    }
    // Sizes move together: Quốc hiệu 13 → Tiêu ngữ 14, Quốc hiệu 12 → Tiêu ngữ 13.
    const allowed: Range = optRange(ctx, "size", [13, 14]);
    let size = allowed;
    let sizeReason: string | undefined;
    if (a.header.nationalTitle !== null) {
      const q = para(ctx, a.header.nationalTitle);
      const qs = look(q, 0, q.text.length).sizes;
      if (
        qs.length === 1 &&
        qs[0] + 1 >= allowed[0] &&
        qs[0] + 1 <= allowed[1] &&
        allowed[0] !== allowed[1]
      ) {
        size = [qs[0] + 1, qs[0] + 1];
        // The decree allows a range; the pairing with the Quốc hiệu picks one size: say so, or the citation misleads.
        sizeReason = `Quốc hiệu đang cỡ ${qs[0]} pt và Tiêu ngữ đi cặp lớn hơn Quốc hiệu 1 pt (riêng Tiêu ngữ được ${allowed[0]}–${allowed[1]} pt)`;
      }
    }
    out.push(...checkLook(ctx, i, span, { bold: true, italic: false, size, sizeReason }, "Tiêu ngữ", LOC));
    if (optBool(ctx, "lineUnder", true) && !hasLineUnder(a, p, i, span.start))
      out.push(
        at(
          ctx,
          i,
          span,
          `Dưới Tiêu ngữ phải có đường kẻ ngang nét liền, dài bằng dòng chữ ${cite(ctx, LOC)}.`,
        ),
      );
    return out;
  },
};
