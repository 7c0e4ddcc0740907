// legal-citation: a cited document the shipped data knows (src/core/laws) is cited with its own kind, name and date;
// cited as a basis (a căn cứ line) on a date when it had already been replaced, the finding names what replaced it.
// Documents the data does not know are never findings.
import { findCitations, type Citation } from "../laws/citations";
import { isoDate, lawKey, lawName, replacementsAt, showDate } from "../laws/laws";
import type { LawEntry, Laws } from "../laws/types";
import { spanFinding, textParagraphs } from "./text-paragraphs";
import { earliestDate } from "../analysis/analyze";
import type { DocAnalysis } from "../analysis/types";
import type { FindingInput, Rule } from "./types";

const BASIS_LINE = /^\s*[-–]?\s*(?:Căn cứ|Thực hiện|Theo)\s/u;

export const legalCitation: Rule = {
  meta: {
    id: "legal-citation",
    title: "Văn bản được trích dẫn",
    description:
      "Văn bản được viện dẫn có đúng số, ngày, tên; văn bản làm căn cứ còn hiệu lực vào ngày ban hành văn bản.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục I, mục II.6a–b" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "suggest-only",
  },
  datasets: ["laws"],
  check(ctx) {
    const laws = ctx.datasets.laws;
    if (!laws) return [];
    const date = basisDateOf(ctx.analysis);
    const basis = new Set(ctx.analysis.header.legalBasis);
    const out: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      const asBasis =
        (tp.paragraph.index !== null && basis.has(tp.paragraph.index)) || BASIS_LINE.test(tp.text);
      for (const c of findCitations(laws, tp.text))
        for (const message of problems(laws, c, asBasis ? date : null))
          out.push(spanFinding(ctx, tp, { start: c.start, end: c.end, message }));
    }
    return out;
  },
};

interface BasisDate {
  iso: string;
  shown: string;
}

/**
 * The day the căn cứ must be in force on: the document's date, or — its day left blank ("ngày … tháng 3 năm 2026")
 * — the first of its month: a document replaced by then was replaced on every day the blank can still take.
 */
function basisDateOf(a: DocAnalysis): BasisDate | null {
  const earliest = earliestDate(a);
  if (!earliest) return null;
  const iso = isoDate(earliest);
  return {
    iso,
    shown: a.date ? `văn bản ngày ${showDate(iso)}` : `văn bản tháng ${earliest.month} năm ${earliest.year}`,
  };
}

function problems(laws: Laws, c: Citation, basisDate: BasisDate | null): string[] {
  const e = c.entry;
  const out: string[] = [];
  const name = lawName(e);
  if (c.kind && c.kind !== e.kind && !(e.kind === "Bộ luật" && c.kind === "Luật"))
    out.push(`Số ${e.number} là ${e.kind}, không phải ${c.kind}: ${name}.`);
  else if (c.title && lawKey(c.title) !== lawKey(e.title))
    out.push(`Số ${e.number} là ${e.title}, không phải “${c.title}”.`);
  if (c.date && c.date !== e.date)
    out.push(`${name} ban hành ngày ${showDate(e.date)}, không phải ngày ${showDate(c.date)}.`);
  else if (!c.date && c.year !== undefined && c.year !== Number(e.date.slice(0, 4)))
    out.push(`${name} ban hành năm ${e.date.slice(0, 4)}, không phải năm ${c.year}.`);
  if (basisDate && e.replacedFrom && e.replacedFrom <= basisDate.iso)
    out.push(
      `${name} đã được thay thế từ ngày ${showDate(e.replacedFrom)} bởi ${replacements(laws, e, basisDate.iso)}: ${basisDate.shown} phải căn cứ văn bản đang có hiệu lực.`,
    );
  return out;
}

function replacements(laws: Laws, e: LawEntry, iso: string): string {
  const names = replacementsAt(laws, e, iso).map((r) =>
    typeof r === "string" ? `văn bản số ${r}` : lawName(r),
  );
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} và ${names[names.length - 1]}` : names[0];
}
