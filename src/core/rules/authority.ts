// authority: the thẩm quyền line of a quyết định or nghị quyết ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") agrees
// with the signature (TM. → the collective; the head's own, KT., Q., TL. or TUQ. signature → the head's title) and
// names the header's agency; it is upper case, bold and centred.
import { AUTHORITY } from "../analysis/patterns";
import { fold, hasPlaceholder } from "../analysis/text";
import { at, checkCentered, checkLook, cite, optBool, para, spanOf } from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Điều 13; Phụ lục III, mẫu 1.2";

/** Folded text with the usual abbreviations of agency names written out, for comparing names. */
export function foldAgency(text: string): string {
  return fold(text)
    .replace(/\bubnd\b/g, "uy ban nhan dan")
    .replace(/\bhdnd\b/g, "hoi dong nhan dan")
    .replace(/\bmttq\b/g, "mat tran to quoc")
    .replace(/\btp\.?\s/g, "thanh pho ")
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function joined(ctx: RuleContext, indexes: number[]): string {
  return indexes.map((i) => para(ctx, i).text.trim()).join(" ");
}

/** What the signature says the thẩm quyền line starts with: the collective (TM.) or the head's title. */
function expectedHead(ctx: RuleContext): { text: string; collective: boolean } | null {
  const lines = ctx.analysis.closing.signatureLines.map((i) => {
    const s = spanOf(ctx, "signatureLine", i);
    return para(ctx, i).text.slice(s.start, s.end).trim();
  });
  if (lines.length === 0) return null;
  const m = AUTHORITY.exec(lines[0]);
  if (!m) return { text: lines[0], collective: false };
  const mark = m[1].replace("/", "");
  return { text: m[3].trim(), collective: mark === "TM" };
}

export const authority: Rule = {
  meta: {
    id: "authority",
    title: "Thẩm quyền ban hành",
    description:
      "Quyết định, nghị quyết: dòng thẩm quyền ban hành dưới trích yếu in hoa, đậm, căn giữa, khớp với chữ ký (TM. → tập thể; tự ký, KT. → chức vụ người đứng đầu) và với tên cơ quan ban hành.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Điều 13" },
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục III, mẫu 1.1 và 1.2" },
    ],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "suggest-only",
  },
  check(ctx) {
    const a = ctx.analysis;
    if (a.docType !== "quyet-dinh" && a.docType !== "nghi-quyet") return [];
    const c = cite(ctx, LOC);
    const lines = a.header.authority ?? [];
    const head = expectedHead(ctx);
    const agency = joined(ctx, a.header.agencyName);
    const out: FindingInput[] = [];
    if (lines.length === 0) {
      if (head && a.header.docTitle !== null && optBool(ctx, "requireLine", true)) {
        const want = head.collective ? head.text : `${head.text} ${agency}`.trim();
        out.push(
          at(
            ctx,
            a.header.docTitle,
            spanOf(ctx, null, a.header.docTitle),
            `Thiếu dòng thẩm quyền ban hành dưới trích yếu${want ? ` (ví dụ “${want}”)` : ""} ${c}.`,
          ),
        );
      }
      return out;
    }
    const text = joined(ctx, lines);
    const first = lines[0];
    const firstSpan = spanOf(ctx, null, first);
    for (const i of lines) {
      out.push(
        ...checkLook(ctx, i, spanOf(ctx, null, i), { upper: true, bold: true }, "Dòng thẩm quyền", LOC),
      );
      out.push(...checkCentered(ctx, i, "Dòng thẩm quyền", LOC));
    }
    if (hasPlaceholder(text)) return out.map(({ fix: _fix, ...f }) => f);
    const got = foldAgency(text);
    if (head && !hasPlaceholder(head.text)) {
      const want = foldAgency(head.text);
      if (!got.startsWith(want)) {
        const signed = para(ctx, a.closing.signatureLines[0]).text.trim();
        out.push(
          at(
            ctx,
            first,
            firstSpan,
            head.collective
              ? `Văn bản ký “${signed}” (thay mặt tập thể) thì dòng thẩm quyền là tên tập thể “${head.text} …”, không phải “${text}” ${c}.`
              : `Văn bản do ${head.text.toLocaleLowerCase("vi")} ký (“${signed}”) thì dòng thẩm quyền bắt đầu bằng chức vụ “${head.text}”, không phải “${text}” ${c}.`,
          ),
        );
      }
    }
    // The agency named in it: the header's issuing body, in full or its first words ("… TỈNH LẠNG SƠN").
    const name = foldAgency(agency);
    if (name && !hasPlaceholder(agency)) {
      const body =
        head && got.startsWith(foldAgency(head.text)) ? got.slice(foldAgency(head.text).length).trim() : got;
      const matches = body === "" ? head?.collective === true : name.includes(body) || body.includes(name);
      if (!matches && !got.includes(name))
        out.push(
          at(
            ctx,
            first,
            firstSpan,
            `Dòng thẩm quyền “${text}” không khớp tên cơ quan ban hành “${agency}” ${c}.`,
          ),
        );
    }
    // Suggest-only: the user writes the change.
    return out.map(({ fix: _fix, ...f }) => f);
  },
};
