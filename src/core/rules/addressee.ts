// addressee: "Kính gửi:" (công văn; tờ trình and báo cáo sent upward): one recipient on the same line, several one
// per line "- …;" with the last ending "."; upright, not bold, the body's size; "Kính gửi" and "- Như trên;" in the
// Nơi nhận come together.
import { findAddressee } from "../analysis/addressee";
import { fold } from "../analysis/text";
import { at, checkLook, cite, optRange, para, replaceEdit, spanOf } from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.9a–b";

export const addressee: Rule = {
  meta: {
    id: "addressee",
    title: "Kính gửi",
    description:
      "“Kính gửi:” một nơi nhận viết cùng dòng, nhiều nơi nhận mỗi nơi một dòng “- …;”, dòng cuối kết thúc bằng dấu chấm; chữ đứng, không đậm, cỡ chữ như phần nội dung; có “Kính gửi” thì nơi nhận có “- Như trên;”.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const c = cite(ctx, LOC);
    const out: FindingInput[] = [];
    const block = findAddressee(ctx.model, a);
    const recItems = a.closing.recipients.map((i) => ({ i, span: spanOf(ctx, "recipient", i) }));
    const nhuTren = recItems.find(({ i, span }) =>
      fold(para(ctx, i).text.slice(span.start, span.end)).startsWith("- nhu tren"),
    );
    if (!block) {
      // Giấy giới thiệu has no "Kính gửi": its "- Như trên;" is the body named in "Được cử đến" (Mẫu 1.8).
      if (nhuTren && a.docTypeName?.toUpperCase() !== "GIẤY GIỚI THIỆU")
        out.push(
          at(
            ctx,
            nhuTren.i,
            nhuTren.span,
            `Có “- Như trên;” ở nơi nhận nhưng văn bản không có “Kính gửi:” ${c}.`,
          ),
        );
      else if (
        a.docType === "cong-van" &&
        a.closing.signatureLines.length > 0 &&
        a.header.vvSummary.length > 0
      )
        out.push(
          at(
            ctx,
            a.header.vvSummary[0],
            spanOf(ctx, "vvSummary", a.header.vvSummary[0]),
            `Công văn phải có “Kính gửi:” ghi cơ quan, đơn vị nhận ${c}.`,
          ),
        );
      return out;
    }
    const p = para(ctx, block.paragraph);
    if (block.label.text !== "Kính gửi:")
      out.push(
        at(ctx, block.paragraph, block.label, `Viết “Kính gửi:” (chữ “K” hoa, có dấu hai chấm) ${c}.`, {
          description: "Sửa thành “Kính gửi:”",
          edits: [replaceEdit(p, block.label.start, block.label.end, "Kính gửi:")],
        }),
      );
    const size = optRange(ctx, "size", [13, 14]);
    const whole = { start: block.label.start, end: p.text.trimEnd().length };
    out.push(
      ...checkLook(ctx, block.paragraph, whole, { bold: false, italic: false, size }, "Dòng “Kính gửi”", LOC),
    );
    const items = block.items;
    if (items.length === 0) {
      out.push(at(ctx, block.paragraph, block.label, `Sau “Kính gửi:” phải ghi cơ quan, đơn vị nhận ${c}.`));
    } else if (items.length === 1 && !/^[-–]/.test(items[0].text)) {
      const it = items[0];
      if (/;\s*\S/.test(it.text))
        out.push(
          at(
            ctx,
            it.paragraph,
            it,
            `Nhiều nơi nhận thì mỗi nơi một dòng, bắt đầu bằng “-”, kết thúc bằng “;” ${c}.`,
          ),
        );
    } else {
      items.forEach((it, k) => {
        const ip = para(ctx, it.paragraph);
        const last = k === items.length - 1;
        if (!/^[-–]/.test(it.text))
          out.push(
            at(ctx, it.paragraph, it, `Mỗi nơi nhận sau “Kính gửi:” là một dòng bắt đầu bằng “-” ${c}.`, {
              description: "Thêm gạch đầu dòng",
              edits: [replaceEdit(ip, it.start, it.start, "- ")],
            }),
          );
        const want = last ? "." : ";";
        if (!it.text.endsWith(want)) {
          const cut = /[.,;:]$/.test(it.text) ? it.end - 1 : it.end;
          out.push(
            at(
              ctx,
              it.paragraph,
              it,
              last
                ? `Nơi nhận cuối cùng sau “Kính gửi:” kết thúc bằng dấu chấm “.” ${c}.`
                : `Mỗi nơi nhận sau “Kính gửi:” kết thúc bằng dấu chấm phẩy “;” ${c}.`,
              { description: `Kết thúc bằng “${want}”`, edits: [replaceEdit(ip, cut, it.end, want)] },
            ),
          );
        }
        if (it.paragraph !== block.paragraph)
          out.push(
            ...checkLook(
              ctx,
              it.paragraph,
              it,
              { bold: false, italic: false, size },
              "Nơi nhận sau “Kính gửi”",
              LOC,
            ),
          );
      });
    }
    if (recItems.length > 0 && !nhuTren) {
      const first = recItems[0];
      out.push(
        at(ctx, first.i, first.span, `Văn bản có “Kính gửi:” thì dòng đầu nơi nhận là “- Như trên;” ${c}.`),
      );
    }
    return out;
  },
};
