// doc-number: "Số: 04/KH-UBND" — the colon (state documents), a leading zero below 10, the type abbreviation that
// matches the document, the issuing-body abbreviation; Party documents write "Số 127-QĐ/TW". A blank number in a
// draft ("Số:    /KH-UBND") is accepted: the văn thư fills it in after signature.
import { DOC_TYPES, TYPE_ABBRS } from "../analysis/patterns";
import { hasPlaceholder } from "../analysis/text";
import {
  at,
  checkLook,
  cite,
  hasHeader,
  missing,
  optBool,
  optRange,
  optString,
  para,
  replaceEdit,
  spanOf,
} from "./layout-helpers";
import type { FindingInput, Rule, RuleContext } from "./types";

const LOC = "Phụ lục I, mục II.3";
const BLANK = /^[\s.…_]*$/;

function expectedTypeAbbr(ctx: RuleContext): string[] | null {
  const name = ctx.analysis.docTypeName;
  if (!name) return null;
  const info = DOC_TYPES.find((t) => t.name === name.toUpperCase());
  return info ? info.abbr : null;
}

function checkSymbol(
  ctx: RuleContext,
  i: number,
  symbolStart: number,
  symbol: string,
  typeGroup: string | null,
  agencyGroup: string | null,
): FindingInput[] {
  const out: FindingInput[] = [];
  const p = para(ctx, i);
  const c = cite(ctx, LOC);
  const span = { start: symbolStart, end: symbolStart + symbol.length };
  if (/\s/.test(symbol.trim()) && !hasPlaceholder(symbol))
    out.push(
      at(ctx, i, span, `Ký hiệu văn bản viết liền, các nhóm chữ nối bằng gạch nối, không có dấu cách ${c}.`, {
        description: "Bỏ dấu cách trong ký hiệu",
        edits: [replaceEdit(p, span.start, span.end, symbol.replace(/\s+/g, ""))],
      }),
    );
  const type = ctx.analysis.docType;
  const expected = expectedTypeAbbr(ctx);
  if (type === "cong-van") {
    if (typeGroup && TYPE_ABBRS.has(typeGroup) && !optBool(ctx, "allowCV", false))
      out.push(
        at(
          ctx,
          i,
          span,
          `Công văn không có chữ viết tắt tên loại; ký hiệu gồm tên cơ quan và đơn vị soạn thảo, ví dụ “Số: 12/UBND-VP” ${c}.`,
        ),
      );
    else if (typeGroup === "CV" && !optBool(ctx, "allowCV", false))
      out.push(
        at(
          ctx,
          i,
          span,
          `“CV” không phải chữ viết tắt tên loại theo Nghị định 30; công văn ghi “Số: 12/UBND-VP” ${c}.`,
        ),
      );
  } else if (expected && typeGroup !== null && !hasPlaceholder(typeGroup) && !expected.includes(typeGroup)) {
    out.push(
      at(
        ctx,
        i,
        span,
        `Ký hiệu phải bắt đầu bằng chữ viết tắt tên loại “${expected[0]}” của ${ctx.analysis.docTypeName?.toLowerCase()} (NĐ 30/2020, Phụ lục III).`,
      ),
    );
  }
  const abbr = ctx.org?.agencyAbbr?.trim();
  if (abbr && agencyGroup && !hasPlaceholder(agencyGroup) && agencyGroup !== abbr)
    out.push(
      at(
        ctx,
        i,
        span,
        `Chữ viết tắt tên cơ quan ban hành trong ký hiệu là “${agencyGroup}”, hồ sơ cơ quan ghi “${abbr}” ${c}.`,
      ),
    );
  return out;
}

export const docNumber: Rule = {
  meta: {
    id: "doc-number",
    title: "Số, ký hiệu văn bản",
    description:
      "“Số:” có dấu hai chấm, số dưới 10 có số 0 đứng trước, ký hiệu gồm chữ viết tắt tên loại và tên cơ quan ban hành.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.3" },
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục III, mục I" },
    ],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const i = a.header.docNumber;
    if (i === null)
      return hasHeader(a)
        ? [missing(`Thiếu số, ký hiệu văn bản dưới tên cơ quan ban hành ${cite(ctx, LOC)}.`)]
        : [];
    const p = para(ctx, i);
    const span = spanOf(ctx, "docNumber", i);
    const text = p.text.slice(span.start, span.end);
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    const head = /^(Số|SỐ|số|So|SO|so)(?!\p{L})(\s*:)?\s*/u.exec(text);
    if (!head) return [];
    // "So:" typed without its tone mark (a file written without Vietnamese input).
    if (!/ố|Ố/u.test(head[1]))
      out.push(
        at(ctx, i, { start: span.start, end: span.start + head[1].length }, `Viết “Số” có dấu ${c}.`, {
          description: "Sửa thành “Số”",
          edits: [replaceEdit(p, span.start, span.start + head[1].length, head[1] === "SO" ? "SỐ" : "Số")],
        }),
      );
    const rest = text.slice(head[0].length);
    const restStart = span.start + head[0].length;
    const party = optString(ctx, "style", "nd30") === "dang";
    if (party && head[2])
      out.push(
        at(ctx, i, span, `Văn bản của Đảng ghi số không có dấu hai chấm, ví dụ “Số 127-QĐ/TW” ${c}.`, {
          description: "Bỏ dấu hai chấm sau “Số”",
          edits: [replaceEdit(p, span.start, span.start + head[0].length, `${head[1]} `)],
        }),
      );
    if (!party && !head[2])
      out.push(
        at(ctx, i, span, `Sau chữ “Số” phải có dấu hai chấm, ví dụ “Số: 04/KH-UBND” ${c}.`, {
          description: "Thêm dấu hai chấm sau “Số”",
          edits: [replaceEdit(p, span.start, span.start + head[0].length, `${head[1]}: `)],
        }),
      );
    // Number part and symbol: "04/KH-UBND", "30/2020/NĐ-CP" (a year for VBQPPL), Party "127-QĐ/TW".
    const m = party
      ? /^([^-]*?)\s*-\s*(.*)$/.exec(rest)
      : /^([^/]*?)\s*\/\s*(?:\d{4}\s*\/\s*)?(.*)$/.exec(rest);
    if (!m) {
      out.push(
        at(ctx, i, span, `Số, ký hiệu phải có dạng “${party ? "Số 127-QĐ/TW" : "Số: 04/KH-UBND"}” ${c}.`),
      );
      return out.concat(
        checkLook(ctx, i, span, { italic: false, size: optRange(ctx, "size", [13, 13]) }, "Số, ký hiệu", LOC),
      );
    }
    const num = m[1];
    if (!BLANK.test(num)) {
      const numStart = restStart + rest.indexOf(num);
      if (!/^\d+$/.test(num))
        out.push(
          at(
            ctx,
            i,
            { start: numStart, end: numStart + num.length },
            `Số văn bản phải là chữ số Ả Rập ${c}.`,
          ),
        );
      else if (Number(num) < 10 && num.length < 2)
        out.push(
          at(
            ctx,
            i,
            { start: numStart, end: numStart + num.length },
            `Số nhỏ hơn 10 phải có số 0 đứng trước (“0${num}”) ${c}.`,
            {
              description: `Đổi “${num}” thành “0${num}”`,
              edits: [replaceEdit(p, numStart, numStart + num.length, `0${num}`)],
            },
          ),
        );
    }
    const symbol = m[2];
    const symbolStart = restStart + rest.lastIndexOf(symbol);
    const groups = party ? symbol.split("/") : symbol.split("-");
    const typed = a.docType !== "cong-van" && a.docType !== "unknown";
    const typeGroup = party
      ? (groups[0]?.trim() ?? null)
      : a.docType === "cong-van" || typed
        ? (groups[0]?.trim() ?? null)
        : null;
    const agencyGroup = party
      ? (groups[1]?.trim() ?? null)
      : typed
        ? (groups[1]?.trim() ?? null)
        : (groups[0]?.trim() ?? null);
    if (typed && !party && groups.length < 2 && !hasPlaceholder(symbol))
      out.push(
        at(
          ctx,
          i,
          { start: symbolStart, end: symbolStart + symbol.length },
          `Ký hiệu thiếu chữ viết tắt tên cơ quan ban hành, ví dụ “KH-UBND” ${c}.`,
        ),
      );
    out.push(...checkSymbol(ctx, i, symbolStart, symbol, typeGroup, agencyGroup));
    out.push(
      ...checkLook(
        ctx,
        i,
        span,
        { italic: false, size: optRange(ctx, "size", [13, 13]) },
        "Số, ký hiệu",
        LOC,
      ),
    );
    return out;
  },
};
