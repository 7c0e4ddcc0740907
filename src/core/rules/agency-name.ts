// agency-name: cơ quan ban hành upper case and bold, chủ quản upper case and not bold, sizes, a line under the
// issuing body (Party profile: an asterisk instead).
import { isAsteriskLine, isEmptyParagraph } from "../analysis/text";
import { hasLineUnder } from "../analysis/lines-under";
import { at, checkLook, cite, hasHeader, missing, optRange, optString, para, spanOf } from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục II.2";

export const agencyName: Rule = {
  meta: {
    id: "agency-name",
    title: "Tên cơ quan ban hành",
    description:
      "Tên cơ quan ban hành in hoa, đậm; tên cơ quan chủ quản in hoa, không đậm; cỡ 12–13; có đường kẻ dưới tên cơ quan ban hành.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.2" }],
    normativity: "mandatory",
    severity: "error",
    fixPolicy: "guarded",
  },
  agencyDocument: true,
  check(ctx) {
    const a = ctx.analysis;
    const h = a.header;
    if (h.agencyName.length === 0)
      return hasHeader(a)
        ? [missing(`Không thấy tên cơ quan ban hành ở góc trái đầu trang ${cite(ctx, LOC)}.`)]
        : [];
    const size = optRange(ctx, "size", [12, 13]);
    const parentSize = optRange(ctx, "parentSize", size);
    const out: FindingInput[] = [];
    for (const i of h.parentAgency)
      out.push(
        ...checkLook(
          ctx,
          i,
          spanOf(ctx, "parentAgency", i),
          { upper: true, bold: false, italic: false, size: parentSize },
          "Tên cơ quan chủ quản",
          LOC,
        ),
      );
    for (const i of h.agencyName)
      out.push(
        ...checkLook(
          ctx,
          i,
          spanOf(ctx, "agencyName", i),
          { upper: true, bold: true, italic: false, size },
          "Tên cơ quan ban hành",
          LOC,
        ),
      );
    const last = h.agencyName[h.agencyName.length - 1];
    const span = spanOf(ctx, "agencyName", last);
    if (optString(ctx, "mark", "line") === "asterisk") {
      const body = ctx.model.paragraphs;
      let k = last + 1;
      while (k < ctx.model.bodyCount && isEmptyParagraph(body[k])) k++;
      if (!(k < ctx.model.bodyCount && isAsteriskLine(body[k])))
        out.push(at(ctx, last, span, `Dưới tên cơ quan ban hành phải có dấu sao (*) ${cite(ctx, LOC)}.`));
    } else if (
      !h.agencyName.some((i) => hasLineUnder(a, para(ctx, i), i, spanOf(ctx, "agencyName", i).start))
    ) {
      out.push(
        at(
          ctx,
          last,
          span,
          `Dưới tên cơ quan ban hành phải có đường kẻ ngang nét liền, dài 1/3 đến 1/2 dòng chữ ${cite(ctx, LOC)}.`,
        ),
      );
    }
    return out;
  },
};
