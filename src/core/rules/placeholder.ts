// placeholder: blanks left to fill (docs/rules/placeholder.md defines them; blanks.ts finds them). A draft may keep
// the number before "/", the day and month of the date line and the signer's name blank (the văn thư numbers and
// dates the document after signature, NĐ 30/2020, Điều 15.2); before issue every blank is an error.
import { findBlanks, type Blank } from "./blanks";
import { spanOf } from "./layout-helpers";
import { spanFinding, textParagraphs, type TextParagraph } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const BASIS = "NĐ 30/2020, Điều 8";
const NUMBER_BASIS = "NĐ 30/2020, Điều 15";

/** A place a draft may leave blank, with what it is called in a message. */
interface DraftSlot {
  paragraph: number;
  start: number;
  end: number;
  name: string;
}

/** The number before "/" (or before "-" in "Số …-QĐ/TU"), the day and month of the date line, the signer's name. */
function draftSlots(ctx: RuleContext): DraftSlot[] {
  const a = ctx.analysis;
  const out: DraftSlot[] = [];
  const text = (i: number) => ctx.model.paragraphs[i].text;
  if (a.header.docNumber !== null) {
    const i = a.header.docNumber;
    const span = spanOf(ctx, "docNumber", i);
    const part = text(i).slice(span.start, span.end);
    const m = /^Số\s*:?/iu.exec(part);
    const stop = part.search(/[/-]/);
    if (m && stop > m[0].length)
      out.push({ paragraph: i, start: span.start + m[0].length, end: span.start + stop, name: "số văn bản" });
  }
  if (a.header.placeDate !== null) {
    const i = a.header.placeDate;
    const span = spanOf(ctx, "placeDate", i);
    const part = text(i).slice(span.start, span.end);
    // The day lies between "ngày" and "tháng", the month between "tháng" and "năm" (searched in that order, so a
    // place such as "Năm Căn" is not taken for "năm").
    const lower = part.toLocaleLowerCase("vi");
    let at = -1;
    const keys = ["ngày", "tháng", "năm"].map((w) => (at = lower.indexOf(w, at + 1)));
    (["ngày", "tháng"] as const).forEach((name, k) => {
      if (keys[k] >= 0 && keys[k + 1] > keys[k])
        out.push({
          paragraph: i,
          start: span.start + keys[k] + name.length,
          end: span.start + keys[k + 1],
          name,
        });
    });
  }
  if (a.closing.signerName !== null) {
    const i = a.closing.signerName;
    const span = spanOf(ctx, "signerName", i);
    out.push({ paragraph: i, ...span, name: "họ tên người ký" });
  }
  return out;
}

const inside = (b: { start: number; end: number }, s: DraftSlot) => b.start >= s.start && b.end <= s.end;

function blankMessage(b: Blank, final: boolean): string {
  const when = final ? "trước khi ban hành" : "trước khi trình ký";
  const what =
    b.kind === "bracket" || b.kind === "angle"
      ? `Còn chỗ chưa điền “${b.text}”`
      : b.kind === "underscores"
        ? "Còn dòng kẻ trống chưa điền"
        : b.kind === "xxx"
          ? `Còn “${b.text}” thay cho nội dung chưa điền`
          : "Còn dấu chấm thay cho nội dung chưa điền";
  return `${what}; anh/chị điền đủ ${when} (${BASIS}).`;
}

export const placeholder: Rule = {
  meta: {
    id: "placeholder",
    title: "Chỗ trống chưa điền",
    description:
      "Tìm chỗ còn để trống (“[…]”, “<…>”, dấu chấm, dấu ba chấm, gạch dưới, “XXX”); bản dự thảo được để trống số văn bản, ngày, tháng và họ tên người ký, bản ban hành thì không.",
    legalBasis: [
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Điều 8" },
      { instrument: "NĐ 30/2020/NĐ-CP", locator: "Điều 15" },
    ],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "suggest-only",
  },
  check(ctx) {
    const final = ctx.stage === "final";
    const slots = draftSlots(ctx);
    const out: FindingInput[] = [];
    const report = (tp: TextParagraph, start: number, end: number, message: string) =>
      out.push({ ...spanFinding(ctx, tp, { start, end, message }), ...(final ? { severity: "error" } : {}) });
    for (const tp of textParagraphs(ctx)) {
      const blanks = findBlanks(tp.text);
      // Most paragraphs hold no blank: their slots matter only before issue.
      if (!blanks.length && !final) continue;
      const index = tp.paragraph.index;
      const mine = index === null ? [] : slots.filter((s) => s.paragraph === index);
      for (const b of blanks) {
        const slot = mine.find((s) => inside(b, s));
        if (!slot) report(tp, b.start, b.end, blankMessage(b, final));
        else if (final)
          report(
            tp,
            b.start,
            b.end,
            `Chưa điền ${slot.name}; văn bản ban hành phải có đủ ${slot.name} (${slot.name === "họ tên người ký" ? BASIS : NUMBER_BASIS}).`,
          );
      }
      // Before issue, a number or a day typed as spaces only ("Số:    /QĐ-UBND", "ngày    tháng") is blank too.
      if (final)
        for (const s of mine) {
          const part = tp.text.slice(s.start, s.end);
          if (s.name !== "họ tên người ký" && part.trim() === "")
            report(
              tp,
              s.start,
              s.end,
              `Chưa điền ${s.name}; văn bản ban hành phải có đủ ${s.name} (${NUMBER_BASIS}).`,
            );
        }
    }
    return out;
  },
};
