// signature: the authority line and its stacking, titles upper case and bold, the signer's name present and
// bold with no academic title before it. Suggest-only: the findings say what to write.
import { ACADEMIC_TITLE, AUTHORITY } from "../analysis/patterns";
import { fold } from "../analysis/text";
import { at, checkLook, cite, hasHeader, missing, optString, para, spanOf } from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.7";
const BASIS = "NĐ 30/2020, Điều 13; Phụ lục I, mục II.7";

type Mark = "TM" | "KT" | "TL" | "TUQ" | "Q" | null;

/**
 * "PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG" (and the same typed without tone marks): a deputy's title. A deputy placed in
 * charge ("PHÓ GIÁM ĐỐC PHỤ TRÁCH") signs in his own name. "THU TRUONG" alone can only be Thứ trưởng: Thủ
 * trưởng is always followed by the unit it heads.
 */
function isDeputyTitle(text: string): boolean {
  const f = fold(text.trim());
  if (/\b(phu trach|dieu hanh)\b/.test(f)) return false;
  return /^pho\s/.test(f) || /^THỨ TRƯỞNG\b/u.test(text.trim()) || f === "thu truong";
}

const NORMAL: Record<string, Exclude<Mark, null>> = {
  TM: "TM",
  "T/M": "TM",
  KT: "KT",
  "K/T": "KT",
  TL: "TL",
  "T/L": "TL",
  TUQ: "TUQ",
  Q: "Q",
};

export const signature: Rule = {
  meta: {
    id: "signature",
    title: "Chữ ký, thẩm quyền ký",
    description:
      "Dòng thẩm quyền ký (TM., KT., Q., TL., TUQ.) xếp đúng, chức vụ in hoa đậm, có họ tên người ký in đậm, không ghi học hàm, học vị trước tên.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Điều 13" },
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.7" },
    ],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "suggest-only",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const cl = a.closing;
    const c = typeof ctx.options.basis === "string" ? cite(ctx, LOC) : `(${BASIS})`;
    const out: FindingInput[] = [];
    if (cl.signatureLines.length === 0) {
      if (hasHeader(a) && (cl.recipientsTitle !== null || cl.ending !== null))
        out.push(missing(`Không thấy khối chữ ký (quyền hạn, chức vụ, họ tên người ký) ${c}.`));
      return out;
    }
    const slashAllowed = optString(ctx, "marks", "dot") === "slash";
    // One entry per line as printed: "KT. GIÁM ĐỐC↵PHÓ GIÁM ĐỐC" in one paragraph is two lines.
    const spansIn = (i: number) => {
      const own = (a.spans?.signatureLine ?? []).filter((x) => x.paragraph === i);
      return own.length > 0 ? own : [spanOf(ctx, "signatureLine", i)];
    };
    const lines = cl.signatureLines
      .flatMap((i) => spansIn(i).map((span) => ({ i, span })))
      .map(({ i, span }) => {
        const text = para(ctx, i).text.slice(span.start, span.end);
        const m = AUTHORITY.exec(text);
        const raw = m?.[1] ?? null;
        const mark: Mark = raw && m && m[3] === m[3].toUpperCase() ? NORMAL[raw] : null;
        return { i, span, text, raw, dot: m?.[2] === ".", mark };
      });
    for (const l of lines) {
      if (!l.mark || !l.raw) continue;
      if (l.raw.includes("/") && !slashAllowed)
        out.push(
          at(ctx, l.i, l.span, `Viết “${l.mark}.” (chữ in hoa và dấu chấm), không viết “${l.raw}” ${c}.`),
        );
      else if (!l.raw.includes("/") && !l.dot)
        out.push(
          at(
            ctx,
            l.i,
            l.span,
            `Sau “${l.raw}” phải có dấu chấm: “${l.raw}. ${l.text.slice(l.raw.length).trim()}” ${c}.`,
          ),
        );
    }
    // Stacking: TM.+title, TM.+KT.+deputy, KT.+deputy, Q.+title, TL.+title, TL.+KT.+deputy, TUQ.+title.
    const marks = lines.map((l) => l.mark);
    const titleAfter = (k: number) => lines.slice(k + 1).some((l) => l.mark === null);
    marks.forEach((m, k) => {
      const l = lines[k];
      const prev = k > 0 ? marks[k - 1] : undefined;
      if (m === null) return;
      if (k > 0 && prev === null)
        out.push(
          at(ctx, l.i, l.span, `Dòng “${l.text}” phải đứng trên chức vụ người ký, không đứng dưới ${c}.`),
        );
      else if (m === "KT" && prev === "KT")
        out.push(at(ctx, l.i, l.span, `Không ký “KT.” dưới một dòng “KT.” khác ${c}.`));
      else if (k > 0 && prev === "TUQ")
        out.push(
          at(
            ctx,
            l.i,
            l.span,
            `Người ký thừa ủy quyền (TUQ.) không được ủy quyền lại; dưới “TUQ.” chỉ ghi chức vụ người ký ${c}.`,
          ),
        );
      else if (k > 0 && (m !== "KT" || (prev !== "TM" && prev !== "TL")))
        out.push(
          at(
            ctx,
            l.i,
            l.span,
            `Không xếp “${l.raw}” dưới “${lines[k - 1].raw}”; cách xếp hợp lệ: TM.+chức vụ, TM.+KT.+cấp phó, KT.+cấp phó, TL.+chức vụ, TUQ.+chức vụ ${c}.`,
          ),
        );
      if (m !== "Q" && marks[k + 1] !== "KT" && !titleAfter(k)) {
        const what =
          m === "KT" ? "chức vụ của cấp phó ký thay (ví dụ “PHÓ CHỦ TỊCH”)" : "chức vụ của người ký";
        out.push(at(ctx, l.i, l.span, `Dưới dòng “${l.text}” phải ghi ${what} ${c}.`));
      }
    });
    // A deputy signs for the head: "KT." stands right above the deputy's title.
    lines.forEach((l, k) => {
      if (l.mark === null && isDeputyTitle(l.text) && marks[k - 1] !== "KT")
        out.push(
          at(
            ctx,
            l.i,
            l.span,
            `Cấp phó ký thay cấp trưởng phải có dòng “KT.” ngay trên chức vụ “${l.text}” (ví dụ “KT. GIÁM ĐỐC” trên “PHÓ GIÁM ĐỐC”) ${c}.`,
          ),
        );
    });
    for (const l of lines)
      out.push(
        ...checkLook(
          ctx,
          l.i,
          l.span,
          { upper: true, bold: true, italic: false, size: [13, 14] },
          "Quyền hạn, chức vụ người ký",
          LOC,
        ),
      );
    if (cl.signerName === null) {
      const last = lines[lines.length - 1];
      out.push(at(ctx, last.i, last.span, `Thiếu họ và tên người ký dưới chức vụ ${c}.`));
    } else {
      const span = spanOf(ctx, "signerName", cl.signerName);
      const name = para(ctx, cl.signerName).text.slice(span.start, span.end);
      if (ACADEMIC_TITLE.test(name))
        out.push(
          at(ctx, cl.signerName, span, `Không ghi học hàm, học vị trước họ tên người ký (“${name}”) ${c}.`),
        );
      out.push(
        ...checkLook(
          ctx,
          cl.signerName,
          span,
          { bold: true, italic: false, size: [13, 14] },
          "Họ tên người ký",
          LOC,
        ),
      );
    }
    // Suggest-only: the user writes the change; no edit travels with these findings.
    return out.map(({ fix: _fix, ...f }) => f);
  },
};
