// appendix: each phụ lục has its label "Phụ lục I" (Roman numerals when there are two or more) bold and centred, its
// title upper case and bold, the reference line "(Kèm theo … số … ngày … của …)" italic and centred, and the body
// of the document refers to it (NĐ 30/2020, Phụ lục I, mục III.1).
import { fold, isEmptyParagraph, isUnderscoreLine } from "../analysis/text";
import { romanValue } from "../text/numerals";
import { at, checkCentered, checkLook, cite, para, replaceEdit, spanOf } from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục III.1";

/** The number of a label ("Phụ lục II" → 2, "Phụ lục 3" → 3, "Phụ lục" → null) and whether it is Roman. */
function labelNumber(label: string): { n: number | null; roman: boolean } {
  const m = /^ph\S*\s+l\S*\s*(?:số\s+)?([IVXLCDM]+|\d+)?/iu.exec(label.trim());
  const raw = m?.[1];
  if (!raw) return { n: null, roman: false };
  if (/^\d+$/.test(raw)) return { n: Number(raw), roman: false };
  return { n: romanValue(raw.toUpperCase()), roman: true };
}

/** Numbers of the phụ lục a text refers to: "Phụ lục I", "các Phụ lục I, II và III", "Phụ lục I đến Phụ lục IV". */
export function referencedAppendices(text: string): { any: boolean; numbers: Set<number> } {
  const f = fold(text);
  const numbers = new Set<number>();
  const NUM = "(?:[ivxlcdm]+|\\d+)";
  const re = new RegExp(
    `phu luc\\s+(${NUM}(?:\\s*(?:,|va|-|–|den)\\s*(?:phu luc\\s+)?${NUM})*)(?![a-z])`,
    "g",
  );
  const value = (s: string) => (/^\d+$/.test(s) ? Number(s) : romanValue(s.toUpperCase()));
  for (const m of f.matchAll(re)) {
    const parts = m[1].split(/\s*(,|va|-|–|den)\s*(?:phu luc\s+)?/);
    let prev: number | null = null;
    for (let k = 0; k < parts.length; k += 2) {
      const v = value(parts[k]);
      if (v === null) continue;
      const sep = parts[k - 1];
      if (prev !== null && (sep === "den" || sep === "-" || sep === "–"))
        for (let x = prev + 1; x < v; x++) numbers.add(x);
      numbers.add(v);
      prev = v;
    }
  }
  return { any: /phu luc/.test(f), numbers };
}

/** The lines under a label: title lines, then the "(Kèm theo …)" reference, which may wrap onto a second paragraph. */
function titleBlock(
  ctx: RuleContext,
  label: number,
  limit: number,
): { title: number[]; reference: number[] } {
  const title: number[] = [];
  const reference: number[] = [];
  let i = label + 1;
  const skip = () => {
    while (i < limit && (isEmptyParagraph(para(ctx, i)) || isUnderscoreLine(para(ctx, i)))) i++;
  };
  skip();
  while (i < limit && title.length < 3 && !para(ctx, i).text.trim().startsWith("(")) {
    const p = para(ctx, i);
    if (p.format.alignment !== "center" || /^(phần|chương|[ivxlcdm]+\.|\d+\.)\s/iu.test(p.text.trim())) break;
    title.push(i++);
    skip();
  }
  if (
    i < limit &&
    para(ctx, i).text.trim().startsWith("(") &&
    /^\(\s*kem theo/.test(fold(para(ctx, i).text.trim().slice(0, 16)))
  ) {
    reference.push(i);
    while (!para(ctx, i).text.trim().endsWith(")") && i + 1 < limit && reference.length < 3)
      reference.push(++i);
  }
  return { title, reference };
}

export const appendix: Rule = {
  meta: {
    id: "appendix",
    title: "Phụ lục",
    description:
      "Phụ lục: dòng “Phụ lục” (số La Mã khi có từ hai phụ lục) in đậm, căn giữa; tên phụ lục in hoa, đậm; dòng “(Kèm theo … số … ngày … của …)” in nghiêng, căn giữa; văn bản có chỉ dẫn đến từng phụ lục.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    if (a.appendices.length === 0) return [];
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    const several = a.appendices.length >= 2;
    const bodyCount = ctx.model.bodyCount;
    a.appendices.forEach((ap, k) => {
      const p = para(ctx, ap.paragraph);
      const span = spanOf(ctx, null, ap.paragraph);
      const label = p.text.slice(span.start, span.end);
      const { roman } = labelNumber(label);
      if (several && !roman)
        out.push(
          at(
            ctx,
            ap.paragraph,
            span,
            `Văn bản có từ hai phụ lục thì đánh số phụ lục bằng chữ số La Mã (Phụ lục I, Phụ lục II…) ${c}.`,
          ),
        );
      // "Phụ lục" is written in lower case with its capital P, on a line of its own.
      const head = /^ph\S*\s+l\S*/iu.exec(label)?.[0] ?? "";
      if (head && head !== "Phụ lục" && fold(head) === "phu luc" && label.length <= 30)
        out.push(
          at(ctx, ap.paragraph, span, `Viết “Phụ lục” bằng chữ in thường (chữ P hoa) ${c}.`, {
            description: "Sửa thành “Phụ lục”",
            edits: [replaceEdit(p, span.start, span.start + head.length, "Phụ lục")],
          }),
        );
      out.push(
        ...checkLook(
          ctx,
          ap.paragraph,
          span,
          { bold: true, italic: false, size: [14, 14] },
          "Dòng “Phụ lục”",
          LOC,
        ),
      );
      out.push(...checkCentered(ctx, ap.paragraph, "Dòng “Phụ lục”", LOC));
      const limit = k + 1 < a.appendices.length ? a.appendices[k + 1].paragraph : bodyCount;
      const block = titleBlock(ctx, ap.paragraph, Math.min(limit, ap.paragraph + 12));
      for (const t of block.title) {
        out.push(...checkLook(ctx, t, spanOf(ctx, null, t), { upper: true, bold: true }, "Tên phụ lục", LOC));
      }
      if (block.reference.length === 0)
        out.push(
          at(
            ctx,
            ap.paragraph,
            span,
            `Dưới tên phụ lục thiếu dòng chỉ dẫn “(Kèm theo … số …/…-… ngày … tháng … năm … của …)” ${c}.`,
          ),
        );
      else {
        const text = block.reference.map((i) => para(ctx, i).text.trim()).join(" ");
        if (!/số/u.test(text) || !/ngày/u.test(text))
          out.push(
            at(
              ctx,
              block.reference[0],
              spanOf(ctx, null, block.reference[0]),
              `Dòng chỉ dẫn của phụ lục ghi số, ký hiệu, ngày ban hành và cơ quan ban hành văn bản ${c}.`,
            ),
          );
        for (const r of block.reference) {
          out.push(
            ...checkLook(ctx, r, spanOf(ctx, null, r), { italic: true }, "Dòng chỉ dẫn “(Kèm theo …)”", LOC),
          );
          out.push(...checkCentered(ctx, r, "Dòng chỉ dẫn “(Kèm theo …)”", LOC));
        }
      }
    });
    // The body must point to each phụ lục; an appendix on its own (no main text before it) has no body to check.
    const first = a.appendices[0].paragraph;
    if (a.bodyEnd > a.bodyStart && a.bodyStart < first) {
      const bodyText = ctx.model.paragraphs
        .slice(a.bodyStart, first)
        .filter((q) => q.index !== null && !a.furniture.has(q.index))
        .map((q) => q.text)
        .join("\n");
      const refs = referencedAppendices(bodyText);
      a.appendices.forEach((ap) => {
        const { n } = labelNumber(ap.label);
        const referred = several ? n !== null && refs.numbers.has(n) : refs.any;
        if (!referred)
          out.push(
            at(
              ctx,
              ap.paragraph,
              spanOf(ctx, null, ap.paragraph),
              `Văn bản chưa có chỉ dẫn đến “${ap.label}”; phần nội dung phải nhắc đến từng phụ lục kèm theo ${c}.`,
            ),
          );
      });
    }
    return out;
  },
};
