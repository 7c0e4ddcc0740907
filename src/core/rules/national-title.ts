// national-title: the Quốc hiệu (Party profile: "ĐẢNG CỘNG SẢN VIỆT NAM"), exact text, upper case, bold, size.
import { look, printed } from "../analysis/text";
import { NATIONAL_TITLE } from "../analysis/patterns";
import { fold } from "../analysis/text";
import {
  at,
  checkLook,
  cite,
  hasHeader,
  missing,
  optRange,
  optString,
  para,
  replaceEdit,
  spanOf,
} from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.1";

export const nationalTitle: Rule = {
  meta: {
    id: "national-title",
    title: "Quốc hiệu",
    description: "Quốc hiệu có mặt, viết đúng “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”, in hoa, đậm, cỡ 12–13.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.1a" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    const expected = optString(ctx, "text", NATIONAL_TITLE);
    const i = a.header.nationalTitle;
    if (i === null)
      return hasHeader(a)
        ? [missing(`Thiếu dòng “${expected}” ở góc phải đầu trang ${cite(ctx, LOC)}.`)]
        : [];
    const p = para(ctx, i);
    const span = spanOf(ctx, "nationalTitle", i);
    // Compared as printed: decomposed tone marks and soft hyphens are text-unicode's business.
    const text = printed(p.text.slice(span.start, span.end)).normalize("NFC");
    const out: FindingInput[] = [];
    const shownUpper = look(p, span.start, span.end).upper;
    if (text !== expected && !(shownUpper && text.toUpperCase() === expected)) {
      const hint =
        fold(text) === fold(expected) && /HOÀ/i.test(text) ? " (văn bản của Nghị định viết “HÒA”)" : "";
      out.push(
        at(ctx, i, span, `Dòng tiêu đề phải viết đúng “${expected}”${hint} ${cite(ctx, LOC)}.`, {
          description: `Sửa thành “${expected}”`,
          edits: [replaceEdit(p, span.start, span.end, expected)],
        }),
      );
    }
    const mottoSize =
      a.header.motto !== null
        ? look(para(ctx, a.header.motto), 0, para(ctx, a.header.motto).text.length).sizes
        : [];
    const size = optRange(ctx, "size", [12, 13]);
    const coupled =
      mottoSize.length === 1 && mottoSize[0] - 1 >= size[0] && mottoSize[0] - 1 <= size[1]
        ? mottoSize[0] - 1
        : undefined;
    out.push(
      ...checkLook(ctx, i, span, { bold: true, italic: false, size, targetSize: coupled }, "Quốc hiệu", LOC),
    );
    return out;
  },
};
