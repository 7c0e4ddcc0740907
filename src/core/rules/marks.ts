// marks: độ mật (MẬT, TỐI MẬT, TUYỆT MẬT), độ khẩn (KHẨN, THƯỢNG KHẨN, HỎA TỐC) and phạm vi lưu hành (XEM XONG TRẢ
// LẠI, LƯU HÀNH NỘI BỘ, DỰ THẢO…): the decree's words, upper case, bold, upright, 13–14 pt, on the first page above
// the body (Phụ lục I, mục III.2; ô 10a, 10b, 11).
import { findMarks } from "../analysis/marks";
import { fold } from "../analysis/text";
import { at, checkLook, cite, optRange, para, replaceEdit } from "./layout-helpers";
import type { FindingInput, Rule } from "./types";

const LOC = "Phụ lục I, mục III.2";
const NAMES = {
  secrecy: "Dấu chỉ độ mật",
  urgency: "Dấu chỉ mức độ khẩn",
  circulation: "Chỉ dẫn phạm vi lưu hành",
};

export const marks: Rule = {
  meta: {
    id: "marks",
    title: "Độ mật, độ khẩn, phạm vi lưu hành",
    description:
      "Dấu chỉ độ mật, mức độ khẩn và chỉ dẫn phạm vi lưu hành viết đúng từ (“MẬT”, “HỎA TỐC”, “LƯU HÀNH NỘI BỘ”…), in hoa, đậm, đứng, cỡ 13–14, đặt ở phần đầu văn bản.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục III.2; mục IV (ô 10a, 10b, 11)" },
    ],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const a = ctx.analysis;
    const c = cite(ctx, LOC);
    const size = optRange(ctx, "size", [13, 14]);
    const out: FindingInput[] = [];
    const spots = findMarks(ctx.model);
    const markAt = new Set(spots.map((m) => m.paragraph));
    const bodyTextBefore = (i: number) => {
      for (let k = a.bodyStart; k < i; k++) {
        const q = para(ctx, k);
        if (q.text.trim() !== "" && !markAt.has(k) && !a.furniture.has(k) && q.cell === null) return true;
      }
      return false;
    };
    for (const m of spots) {
      const p = para(ctx, m.paragraph);
      const name = NAMES[m.kind];
      const draftNumber = fold(m.text).startsWith("du thao") ? m.text.slice("DỰ THẢO".length) : "";
      const want = m.canonical + draftNumber.toLocaleUpperCase("vi");
      if (m.text !== want && !(m.also ?? []).includes(m.text))
        out.push(
          at(ctx, m.paragraph, m, `${name} viết đúng “${want}”, chữ in hoa ${c}.`, {
            description: `Sửa thành “${want}”`,
            edits: [replaceEdit(p, m.start, m.end, want)],
          }),
        );
      // Độ mật follows the law on state secrets for its size; only its words, case and weight are checked here.
      const lookWant =
        m.kind === "secrecy" ? { bold: true, italic: false } : { bold: true, italic: false, size };
      out.push(...checkLook(ctx, m.paragraph, m, lookWant, name, LOC));
      // A mark belongs above the body (header block or title area): one with body text before it is misplaced.
      if (p.cell === null && m.paragraph < a.bodyEnd && bodyTextBefore(m.paragraph))
        out.push(
          at(
            ctx,
            m.paragraph,
            m,
            `${name} “${m.text}” đặt ở phần đầu trang thứ nhất (dưới số, ký hiệu hoặc trên tên loại văn bản), không đặt trong phần nội dung ${c}.`,
          ),
        );
    }
    return out;
  },
};
