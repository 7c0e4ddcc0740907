// doc-title: tên loại upper case, bold, centred; trích yếu bold, centred, with a line under it; công văn: the
// "V/v" line under the number instead, not bold.
import {
  at,
  checkCentered,
  checkLook,
  cite,
  hasHeader,
  missing,
  optBool,
  optRange,
  para,
  spanOf,
} from "./layout-helpers";
import { hasNoSummary } from "../analysis/patterns";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.5";

export const docTitle: Rule = {
  meta: {
    id: "doc-title",
    title: "Tên loại và trích yếu",
    description:
      "Tên loại văn bản in hoa, đậm, căn giữa; trích yếu in đậm, căn giữa, có đường kẻ dưới; công văn ghi “V/v …” dưới số, ký hiệu.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.5" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const h = a.header;
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    if (h.docTitle !== null) {
      const t = h.docTitle;
      out.push(
        ...checkLook(
          ctx,
          t,
          spanOf(ctx, "docTitle", t),
          { upper: true, bold: true, italic: false, size: optRange(ctx, "titleSize", [13, 14]) },
          "Tên loại văn bản",
          LOC,
        ),
      );
      out.push(...checkCentered(ctx, t, "Tên loại văn bản", LOC));
      if (h.docSummary.length === 0) {
        if (!hasNoSummary(para(ctx, t).text))
          out.push(
            at(ctx, t, spanOf(ctx, null, t), `Thiếu trích yếu nội dung ngay dưới tên loại văn bản ${c}.`),
          );
      } else {
        for (const s of h.docSummary) {
          out.push(
            ...checkLook(
              ctx,
              s,
              spanOf(ctx, "docSummary", s),
              { bold: true, italic: false, size: optRange(ctx, "summarySize", [13, 14]) },
              "Trích yếu",
              LOC,
            ),
          );
          out.push(...checkCentered(ctx, s, "Trích yếu", LOC));
        }
        const last = h.docSummary[h.docSummary.length - 1];
        if (optBool(ctx, "lineUnder", true) && !h.docSummary.some((s) => a.linesUnder.has(s)))
          out.push(
            at(
              ctx,
              last,
              spanOf(ctx, null, last),
              `Dưới trích yếu phải có đường kẻ ngang nét liền, dài 1/3 đến 1/2 dòng chữ ${c}.`,
            ),
          );
      }
      for (const v of h.vvSummary)
        out.push(
          at(
            ctx,
            v,
            spanOf(ctx, "vvSummary", v),
            `Văn bản có tên loại không ghi “V/v”; trích yếu đặt dưới tên loại ${c}.`,
          ),
        );
      return out;
    }
    if (h.vvSummary.length > 0) {
      for (const v of h.vvSummary) {
        const span = spanOf(ctx, "vvSummary", v);
        out.push(
          ...checkLook(
            ctx,
            v,
            span,
            { bold: false, italic: optBool(ctx, "vvItalic", false), size: optRange(ctx, "vvSize", [12, 13]) },
            "Trích yếu công văn",
            LOC,
          ),
        );
        if (span.start === 0 && span.end === para(ctx, v).text.trim().length)
          out.push(...checkCentered(ctx, v, "Trích yếu công văn", LOC));
      }
      return out;
    }
    if (!hasHeader(a)) return [];
    if (h.recipientTo.length > 0)
      return [
        missing(
          `Công văn phải có trích yếu “V/v …” dưới số, ký hiệu ${c}.`,
          para(ctx, h.recipientTo[0]).index,
        ),
      ];
    return [
      missing(`Không thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH…) dưới phần đầu văn bản ${c}.`),
    ];
  },
};
