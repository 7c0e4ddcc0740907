// recipients: "Nơi nhận:" bold italic 12 pt, items 11 pt, one item per paragraph "- …;", the last
// "- Lưu: VT, <unit>." ("Kính gửi" with "- Như trên;" is the addressee rule's).
import {
  at,
  checkLook,
  cite,
  missing,
  optBool,
  optNumber,
  optString,
  para,
  replaceEdit,
} from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.9";
const ARCHIVE = /^-\s*Lưu\s*:\s*VT\s*,\s*\S.*\.$/u;

export const recipients: Rule = {
  meta: {
    id: "recipients",
    title: "Nơi nhận",
    description:
      "“Nơi nhận:” in nghiêng, đậm, cỡ 12; mỗi nơi nhận một dòng “- …;” cỡ 11; dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.9" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const cl = a.closing;
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    if (cl.recipientsTitle === null) {
      if (cl.signatureLines.length > 0)
        out.push(
          missing(
            `Thiếu phần “Nơi nhận:” ngang dòng đầu khối chữ ký, bên trái ${c}.`,
            para(ctx, cl.signatureLines[0]).index,
          ),
        );
      return out;
    }
    const ti = cl.recipientsTitle;
    const tp = para(ctx, ti);
    const tspan = a.spans?.recipientsTitle?.find((s) => s.paragraph === ti) ?? {
      start: 0,
      end: tp.text.trimEnd().length,
    };
    const ttext = tp.text.slice(tspan.start, tspan.end);
    if (!/^Nơi nhận:$/u.test(ttext))
      out.push(
        at(ctx, ti, tspan, `Viết “Nơi nhận:” (chữ “N” hoa, có dấu hai chấm) ${c}.`, {
          description: "Sửa thành “Nơi nhận:”",
          edits: [replaceEdit(tp, tspan.start, tspan.end, "Nơi nhận:")],
        }),
      );
    const titleSize = optNumber(ctx, "titleSize", 12);
    out.push(
      ...checkLook(
        ctx,
        ti,
        tspan,
        {
          bold: optBool(ctx, "titleBold", true),
          italic: optBool(ctx, "titleItalic", true),
          underline: optBool(ctx, "titleUnderline", false) || undefined,
          size: [titleSize, titleSize],
        },
        "“Nơi nhận:”",
        LOC,
      ),
    );

    const itemSize = optNumber(ctx, "itemSize", 11);
    const spans = (a.spans?.recipient ?? []).filter((s) => cl.recipients.includes(s.paragraph));
    if (spans.length === 0) {
      out.push(
        at(
          ctx,
          ti,
          tspan,
          `Dưới “Nơi nhận:” phải liệt kê nơi nhận, mỗi nơi một dòng, dòng cuối “- Lưu: VT, …” ${c}.`,
        ),
      );
      return out;
    }
    const items = spans.map((s) => ({
      ...s,
      p: para(ctx, s.paragraph),
      text: para(ctx, s.paragraph).text.slice(s.start, s.end),
    }));
    items.forEach((it, k) => {
      const last = k === items.length - 1;
      const dash = /^[-–]/.test(it.text);
      const prev = items[k - 1];
      const continuation = !dash && prev !== undefined && !/[;.]$/.test(prev.text);
      if (!dash && !continuation)
        out.push(
          at(ctx, it.paragraph, it, `Mỗi nơi nhận là một dòng bắt đầu bằng gạch đầu dòng “-” ${c}.`, {
            description: "Thêm gạch đầu dòng",
            edits: [replaceEdit(it.p, it.start, it.start, "- ")],
          }),
        );
      if (/\n\s*-|;\s*-\s/.test(it.text))
        out.push(at(ctx, it.paragraph, it, `Mỗi nơi nhận đặt trong một đoạn riêng ${c}.`));
      const next = items[k + 1];
      const wrapsOn = next !== undefined && !/^[-–]/.test(next.text);
      const isArchive = /^-\s*Lưu\b/u.test(it.text);
      if (!last && !wrapsOn && !isArchive && !/;$/.test(it.text))
        out.push(
          at(ctx, it.paragraph, it, `Mỗi dòng nơi nhận kết thúc bằng dấu chấm phẩy “;” ${c}.`, {
            description: "Kết thúc bằng “;”",
            edits: [replaceEdit(it.p, /[.,:]$/.test(it.text) ? it.end - 1 : it.end, it.end, ";")],
          }),
        );
      out.push(...checkLook(ctx, it.paragraph, it, { size: [itemSize, itemSize] }, "Dòng nơi nhận", LOC));
    });

    const lastItem = items[items.length - 1];
    if (optString(ctx, "archive", "nd30") === "nd30") {
      if (!/^-\s*Lưu\b/u.test(lastItem.text)) {
        out.push(
          at(
            ctx,
            lastItem.paragraph,
            lastItem,
            `Dòng cuối nơi nhận phải là “- Lưu: VT, <đơn vị soạn thảo>.” ${c}.`,
          ),
        );
      } else if (!ARCHIVE.test(lastItem.text)) {
        const unit =
          /VT\s*[,;]?\s*([^.;]+?)\s*[.;]?$/u.exec(lastItem.text)?.[1]?.trim() ||
          ctx.org?.unitAbbr?.trim() ||
          "";
        const want = unit ? `- Lưu: VT, ${unit}.` : null;
        out.push(
          at(
            ctx,
            lastItem.paragraph,
            lastItem,
            `Dòng lưu phải ghi “- Lưu: VT, <đơn vị soạn thảo>.”${want ? `, ví dụ “${want}”` : ""} ${c}.`,
            want
              ? {
                  description: `Sửa thành “${want}”`,
                  edits: [replaceEdit(lastItem.p, lastItem.start, lastItem.end, want)],
                }
              : undefined,
          ),
        );
      }
    }
    return out;
  },
};
