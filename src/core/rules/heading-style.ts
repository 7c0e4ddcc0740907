// heading-style: each heading level styled as prescribed — Roman parts upper case and bold, "Điều N." bold,
// Chương/Phần/Mục centred and bold with their title in upper case, titled khoản of a plan bold.
import { at, checkCentered, checkLook, cite, CENTRED_HEADINGS, para, runFormatEdit } from "./layout-helpers";
import { look } from "../analysis/text";
import type { FindingInput, Rule } from "./types";

const PLAN_TYPES = new Set([
  "ke-hoach",
  "bao-cao",
  "chuong-trinh",
  "to-trinh",
  "thong-bao",
  "huong-dan",
  "cong-van",
  "other",
]);
const LOC = "Phụ lục I, mục II.6đ; mục V, ô 6a–6b";

/**
 * The heading itself within its paragraph: a run-in heading ("V. MẪU DẤU “ĐẾN”: Được khắc sẵn…") ends at the
 * first colon after its label that text follows; the text after it is body text, which this rule never judges.
 */
function headingSpan(
  text: string,
  whole: { start: number; end: number },
  labelEnd: number,
): { start: number; end: number } {
  const colon = text.indexOf(":", labelEnd);
  if (colon < 0 || colon >= whole.end - 1) return whole;
  return { start: whole.start, end: colon + 1 };
}

export const headingStyle: Rule = {
  meta: {
    id: "heading-style",
    title: "Kiểu chữ đề mục",
    description:
      "Mỗi cấp đề mục trình bày đúng kiểu: mục La Mã in hoa đậm, “Điều N.” in đậm, Chương/Mục căn giữa in đậm…",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6đ; mục V, ô 6a–6b" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    const out: FindingInput[] = [];
    for (const h of ctx.analysis.headings) {
      const p = para(ctx, h.paragraph);
      const whole = { start: p.text.length - p.text.trimStart().length, end: p.text.trimEnd().length };
      if (whole.end <= whole.start) continue;
      const name = `Đề mục “${h.label}”`;
      switch (h.scheme) {
        case "roman": {
          const span = headingSpan(p.text, whole, whole.start + (h.fromList ? 0 : h.label.length));
          out.push(
            ...checkLook(ctx, h.paragraph, span, { upper: true, bold: true, italic: false }, name, LOC),
          );
          break;
        }
        case "phan":
        case "chuong":
        case "muc-normative": {
          out.push(...checkLook(ctx, h.paragraph, whole, { bold: true, italic: false }, name, LOC));
          out.push(...checkCentered(ctx, h.paragraph, name, LOC));
          break;
        }
        case "dieu": {
          const label = h.fromList ? whole : { start: whole.start, end: whole.start + h.label.length };
          const lk = look(p, label.start, label.end);
          if (lk.visible && !lk.bold)
            out.push(
              at(ctx, h.paragraph, label, `“${h.label}” phải in đậm ${cite(ctx, LOC)}.`, {
                description: `In đậm “${h.label}”`,
                edits: [runFormatEdit(p, label, { bold: true })],
              }),
            );
          if (lk.italic)
            out.push(...checkLook(ctx, h.paragraph, label, { italic: false }, `“${h.label}”`, LOC));
          break;
        }
        case "decimal": {
          // A khoản of a plan or report with its own title ("1. Mục đích") is bold; one that carries content is
          // not (Phụ lục I, mục V, ô 6b covers kế hoạch, báo cáo and the like, not documents of unknown type).
          if (!PLAN_TYPES.has(ctx.analysis.docType)) break;
          const rest = p.text.slice(whole.start + (h.fromList ? 0 : h.label.length)).trim();
          // A sentence ("…!", "…?") is content, not a title: slogans listed "1. … muôn năm!".
          const titled = rest.length > 0 && rest.length <= 150 && !/[.;:,!?]$/.test(rest);
          if (titled) out.push(...checkLook(ctx, h.paragraph, whole, { bold: true }, name, LOC));
          break;
        }
        default:
          break;
      }
      if (CENTRED_HEADINGS.has(h.scheme)) {
        const next = ctx.model.paragraphs[h.paragraph + 1];
        if (next && ctx.analysis.furniture.has(h.paragraph + 1) && next.text.trim())
          out.push(
            ...checkLook(
              ctx,
              h.paragraph + 1,
              { start: next.text.length - next.text.trimStart().length, end: next.text.trimEnd().length },
              { upper: true, bold: true },
              `Tên ${h.label}`,
              LOC,
            ),
          );
      }
    }
    return out;
  },
};
