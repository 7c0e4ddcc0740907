// font-color: visible text in black (automatic or 000000), judged on its effective colour.
import { spanFindings } from "./run-spans";
import type { Rule } from "./types";

const LOC = "Phụ lục I, mục I.4";

export const fontColor: Rule = {
  meta: {
    id: "font-color",
    title: "Màu chữ",
    description: "Chữ trong văn bản có màu đen.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: LOC }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "safe",
  },
  check(ctx) {
    return spanFindings(
      ctx,
      (r) => (r.format.color === "auto" || r.format.color === "000000" ? null : r.format.color),
      (color) => `Chữ đang có màu #${color}, phải là màu đen`,
      () => ({ description: "Đổi màu chữ thành đen", format: { color: "000000" } }),
      LOC,
    );
  },
};
