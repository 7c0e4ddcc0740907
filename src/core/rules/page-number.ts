// page-number: page numbers that exist are PAGE fields in Arabic numerals, centred in the header, not on the first
// page and not in the footer. A document with none is warned about only when it surely runs past one page.
import type { DocModel, Paragraph, Section } from "../model/types";
import { cite, optNumber } from "./layout-helpers";
import { sectionLabel } from "./page-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục I.7";

const FORMAT_NAMES: Record<string, string> = {
  upperRoman: "số La Mã",
  lowerRoman: "số La Mã",
  upperLetter: "chữ cái",
  lowerLetter: "chữ cái",
};

/** A finding on a header or footer paragraph: outside the body, so no body index. */
function onParagraph(ctx: RuleContext, p: Paragraph, message: string): FindingInput {
  return {
    message,
    paragraph: null,
    paragraphId: p.id,
    excerpt: ctx.excerpt(p.text, 0, p.text.length),
    section: p.section,
  };
}

/**
 * Lower bound of the height of the body text in twips: table text is left out, characters are taken as narrow and
 * lines as tight, so a document estimated longer than a page surely is.
 */
function bodyHeightLowerBound(model: DocModel, s: Section): number {
  if (s.page === null) return 0;
  const textWidth = s.page.width - s.page.margins.left - s.page.margins.right;
  let height = 0;
  for (let i = 0; i < model.bodyCount; i++) {
    const p = model.paragraphs[i];
    if (p.cell !== null) continue;
    const size = p.runs.find((r) => r.format.size !== null)?.format.size ?? p.markFormat.size ?? 10;
    // Times New Roman averages about 0.45 em per character in Vietnamese text; taking 0.4 em (more characters per
    // line) and lines one em high (Word's single spacing is about 1.15 em) keeps the estimate below the truth.
    const perLine = Math.max(1, Math.floor(textWidth / (size * 20 * 0.4)));
    const lines = Math.max(1, Math.ceil(p.text.length / perLine));
    height += lines * size * 20 + p.format.spacing.before + p.format.spacing.after;
  }
  return height;
}

export const pageNumber: Rule = {
  meta: {
    id: "page-number",
    title: "Số trang",
    description:
      "Số trang bằng chữ số Ả Rập, căn giữa ở phần đầu trang (header), không hiện ở trang đầu và không đặt ở chân trang.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const { model } = ctx;
    const findings: FindingInput[] = [];
    const para = (id: number): Paragraph => model.paragraphs[id];
    let anyField = false;
    for (const s of model.sections) {
      for (const field of s.pageNumbers) {
        anyField = true;
        const p = para(field.paragraph);
        if (field.kind === "footer") {
          findings.push(
            onParagraph(
              ctx,
              p,
              `Số trang đang đặt ở chân trang; phải đặt ở phần đầu trang, căn giữa ${cite(ctx, LOC)}.`,
            ),
          );
        } else if (field.alignment !== "center") {
          findings.push(
            onParagraph(
              ctx,
              p,
              `Số trang phải căn giữa theo chiều ngang ở phần đầu trang ${cite(ctx, LOC)}.`,
            ),
          );
        }
        if (field.format !== "decimal" && field.format !== "decimalZero") {
          const name = FORMAT_NAMES[field.format] ?? `kiểu “${field.format}”`;
          findings.push(
            onParagraph(ctx, p, `Số trang đang đánh bằng ${name}; phải dùng chữ số Ả Rập ${cite(ctx, LOC)}.`),
          );
        }
      }
      // Page 1 of the document is the first page of the first section.
      if (s.index === 0) {
        const onFirst = s.pageNumbers.filter((f) =>
          s.titlePage ? f.type === "first" : f.type === "default",
        );
        if (onFirst.length > 0) {
          const message = `Trang đầu không hiện số trang; hãy chọn “Trang đầu khác” (Different First Page) cho ${sectionLabel(s)} ${cite(ctx, LOC)}.`;
          findings.push(onParagraph(ctx, para(onFirst[0].paragraph), message));
        }
      }
      for (const id of s.literalPageNumbers) {
        findings.push(
          onParagraph(
            ctx,
            para(id),
            `Số trang được gõ tay nên không tự thay đổi; hãy chèn trường số trang (PAGE) ${cite(ctx, LOC)}.`,
          ),
        );
      }
    }
    if (!anyField && model.sections.length > 0) {
      const first = model.sections[0];
      const pageText =
        first.page === null ? 0 : first.page.height - first.page.margins.top - first.page.margins.bottom;
      // Options: pages (how many estimated pages make a document "surely" longer than one), default 1.5.
      const factor = optNumber(ctx, "pages", 1.5);
      if (pageText > 0 && bodyHeightLowerBound(model, first) > pageText * factor) {
        findings.push({
          message: `Văn bản dài hơn một trang nhưng chưa đánh số trang; hãy chèn số trang ở giữa phần đầu trang, từ trang thứ hai ${cite(ctx, LOC)}.`,
          paragraph: null,
          excerpt: "",
          section: 0,
        });
      }
    }
    return findings;
  },
};
