// basis: căn cứ ban hành — each its own paragraph, italic, the body's size, each ending ";" and the last "." (a
// "Theo đề nghị của …" line closes the list); a cited document gives its kind, number and ký hiệu, date and issuer at
// first mention (laws and ordinances: kind and name); Party documents write "- Căn cứ …;".
import { findBasis, type BasisLine } from "../analysis/basis";
import type { Paragraph } from "../model/types";
import { at, checkLook, cite, optBool, optRange, para, replaceEdit } from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục II.6a–b";

/** Kinds of documents a căn cứ cites; laws, codes and ordinances need only their kind and name. */
const NAMED_ONLY = /^(luật|bộ luật|pháp lệnh|hiến pháp)(?!\p{L})/iu;
const KINDS =
  /^(nghị định|nghị quyết|quyết định|thông tư liên tịch|thông tư|chỉ thị|kế hoạch|công văn|hướng dẫn|thông báo|quy chế|quy định|kết luận|chương trình|đề án|văn bản)(?!\p{L})/iu;
/** "số 30/2020/NĐ-CP", "số 12/QĐ-UBND", Party "số 36-HD/VPTW". */
const NUMBER = /\bsố\s+\d+[\w/.-]*[/-]\p{Lu}/u;
const DATE = /\bngày\s+\d{1,2}(\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\/\d{1,2}\/\d{4})/u;
const ISSUER = /\bcủa\s+\S/u;

/** Which of kind, number and ký hiệu, date and issuer a first mention lacks; [] for later mentions and non-documents. */
export function missingParts(cited: string, seen: Set<string>): string[] {
  const t = cited.replace(/^(các|một số)\s+/iu, "");
  if (NAMED_ONLY.test(t) || !KINDS.test(t)) return [];
  const num = /\bsố\s+(\d+[\w/.-]*)/u.exec(t)?.[1];
  if (num && seen.has(num)) return [];
  if (num) seen.add(num);
  // "Căn cứ các văn bản…", "Căn cứ quy định của pháp luật": no single document is cited.
  if (/^(văn bản|quy định|hướng dẫn|kế hoạch|chương trình)(?!\p{L})/iu.test(t) && !num) return [];
  const missing: string[] = [];
  if (!NUMBER.test(t)) missing.push("số, ký hiệu");
  if (!DATE.test(t)) missing.push("ngày ban hành");
  if (!ISSUER.test(t)) missing.push("cơ quan ban hành");
  return missing;
}

function endParagraph(ctx: RuleContext, l: BasisLine): Paragraph {
  return para(ctx, l.continuation.length ? l.continuation[l.continuation.length - 1] : l.paragraph);
}

export const basis: Rule = {
  meta: {
    id: "basis",
    title: "Căn cứ ban hành",
    description:
      "Mỗi căn cứ một dòng, in nghiêng, cỡ chữ như phần nội dung, kết thúc bằng “;”, căn cứ cuối bằng “.”; văn bản được dẫn lần đầu ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành (luật, pháp lệnh: tên loại và tên).",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    const list = findBasis(ctx.model, a);
    if (!list) return [];
    const { lines } = list;
    // A plan's opening sentence "Căn cứ …, Sở xây dựng kế hoạch như sau:" is prose, not a list of căn cứ.
    const isList =
      ["quyet-dinh", "nghi-quyet", "nghi-dinh"].includes(a.docType) ||
      (a.header.enacting ?? null) !== null ||
      (lines.length >= 2 && /;$/.test(lines[0].text));
    if (!isList) return [];
    const c = cite(ctx, LOC);
    const dash = optBool(ctx, "dash", false);
    // Italic for state bodies (NĐ 30); Party documents set the căn cứ upright like their body (HD 36, table of
    // Phụ lục 2: nội dung văn bản in thường, đứng), so their slant is not judged.
    const italic = optBool(ctx, "italic", true) ? true : undefined;
    const size = optRange(ctx, "size", [13, 14]);
    const out: FindingInput[] = [];
    const seen = new Set<string>();
    lines.forEach((l, k) => {
      const p = para(ctx, l.paragraph);
      const span = { start: l.start, end: l.end };
      // Several căn cứ typed into one paragraph with line breaks.
      const joinedBy = /\n\s*[-–]?\s*(Căn cứ|Theo đề nghị|Xét đề nghị)(?!\p{L})/u.exec(p.text);
      if (joinedBy)
        out.push(
          at(ctx, l.paragraph, span, `Mỗi căn cứ là một đoạn riêng (nhấn Enter, không ngắt dòng) ${c}.`),
        );
      if (l.continuation.length)
        out.push(
          at(
            ctx,
            l.paragraph,
            span,
            `Căn cứ bị ngắt thành ${l.continuation.length + 1} đoạn; hãy nối lại thành một đoạn ${c}.`,
          ),
        );
      if (dash && !l.dash)
        out.push(
          at(
            ctx,
            l.paragraph,
            span,
            `Văn bản của Đảng viết căn cứ bắt đầu bằng gạch đầu dòng: “- ${l.text}” ${c}.`,
            {
              description: "Thêm “- ”",
              edits: [replaceEdit(p, l.start, l.start, "- ")],
            },
          ),
        );
      if (!dash && l.dash) {
        const cut = /^[-–]\s*/.exec(l.text)?.[0].length ?? 1;
        out.push(
          at(ctx, l.paragraph, span, `Căn cứ không bắt đầu bằng gạch đầu dòng ${c}.`, {
            description: "Bỏ gạch đầu dòng",
            edits: [replaceEdit(p, l.start, l.start + cut, "")],
          }),
        );
      }
      if (l.proposal && k < lines.length - 1 && !lines.slice(k + 1).every((x) => x.proposal))
        out.push(
          at(
            ctx,
            l.paragraph,
            span,
            `“${l.text.split(/\s+/).slice(0, 3).join(" ")} …” đứng sau cùng các căn cứ ${c}.`,
          ),
        );
      // Ending: ";" on each line, "." on the last, unless a closing sentence follows ("Chính phủ ban hành …").
      const last = k === lines.length - 1 && list.closing === null;
      const want = last ? "." : ";";
      const ep = endParagraph(ctx, l);
      const etext = ep.text.trimEnd();
      // Party documents close the list with "- Xét đề nghị của …," before the enacting line (HD 36).
      const partyProposal = last && dash && l.proposal && etext.endsWith(",");
      if (!etext.endsWith(want) && !partyProposal) {
        const cut = /[.,;:]$/.test(etext) ? etext.length - 1 : etext.length;
        out.push(
          at(
            ctx,
            ep.index ?? l.paragraph,
            { start: Math.max(0, cut - 20), end: etext.length },
            last
              ? `Căn cứ cuối cùng kết thúc bằng dấu chấm “.” ${c}.`
              : `Mỗi căn cứ kết thúc bằng dấu chấm phẩy “;” ${c}.`,
            { description: `Kết thúc bằng “${want}”`, edits: [replaceEdit(ep, cut, etext.length, want)] },
          ),
        );
      }
      for (const i of [l.paragraph, ...l.continuation]) {
        const q = para(ctx, i);
        const s = i === l.paragraph ? span : { start: 0, end: q.text.trimEnd().length };
        out.push(...checkLook(ctx, i, s, { italic, bold: false, size }, "Căn cứ ban hành", LOC));
      }
      if (!l.proposal) {
        const cited = l.text.replace(/^[-–]?\s*căn cứ\s+/iu, "");
        const missing = missingParts(cited, seen);
        if (missing.length)
          out.push(
            at(
              ctx,
              l.paragraph,
              span,
              `Văn bản được dẫn lần đầu phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành; còn thiếu ${missing.join(", ")} ${c}.`,
            ),
          );
      }
    });
    return out;
  },
};
