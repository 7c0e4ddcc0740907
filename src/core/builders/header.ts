// The header block: a borderless two-column table — cơ quan (chủ quản, ban hành, số, V/v) on the left;
// Quốc hiệu, Tiêu ngữ and địa danh, ngày on the right — then the tên loại and trích yếu.
// NĐ 30/2020, Phụ lục I, mục II.1–5; Party variant per HD 36-HD/VPTW (format-rules.md §5).
import type { Block, BlockParagraph, BlockRun, BlockTable } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import { dateLine, type DayMonthYear } from "./date-line";
import { type DraftType, typeAbbreviation, typeTitle } from "./doc-types";
import { type DraftFormat, textWidth } from "./draft-format";
import { centred, ph, styled } from "./paragraphs";

/** Left column of the header and closing tables, in twips; the right one takes the rest of the text width. */
export const HEADER_LEFT = 3685;

export interface HeaderOptions {
  type: DraftType;
  org: OrgProfile;
  format: DraftFormat;
  /** The date to print; null leaves "ngày … tháng … năm …" for the user. */
  date: DayMonthYear | null;
  /** Trích yếu without "V/v" or "Về": runs, placeholders allowed. */
  summary: BlockRun[];
  /** The number, when known; drafts leave it blank for the văn thư. */
  number?: string;
}

/** The ký hiệu: "KH-UBND" for types with a name, "UBND-VP" for công văn (NĐ 30/2020, Phụ lục I, mục II.3b). */
export function symbolText(type: DraftType, org: OrgProfile): string {
  const typeAbbr = typeAbbreviation(type);
  if (typeAbbr) return `${typeAbbr}-${org.agencyAbbr}`;
  return org.unitAbbr ? `${org.agencyAbbr}-${org.unitAbbr}` : org.agencyAbbr;
}

/**
 * "Số: …/KH-UBND" (NĐ 30) or "Số …-KH/TU" (Party). A blank number is written as dots for the văn thư to fill
 * in after signature.
 */
export function numberText(type: DraftType, org: OrgProfile, format: DraftFormat, number?: string): string {
  const n = number ?? "…";
  if (format.numberStyle === "party") {
    const typeAbbr = typeAbbreviation(type) ?? "CV";
    return `Số ${n}-${typeAbbr}/${org.agencyAbbr}`;
  }
  return `Số: ${n}/${symbolText(type, org)}`;
}

function placeDateRuns(org: OrgProfile, date: DayMonthYear | null): BlockRun[] {
  const place = org.place || "[Địa danh]";
  if (date) return [{ text: dateLine(place, date), italic: true }];
  return [
    { text: `${place}, ngày `, italic: true },
    ph("…", { italic: true }),
    { text: " tháng ", italic: true },
    ph("…", { italic: true }),
    { text: " năm ", italic: true },
    ph("…", { italic: true }),
  ];
}

function agencyColumn(org: OrgProfile, f: DraftFormat): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  if (org.parentAgency.trim()) {
    out.push(centred([org.parentAgency.toLocaleUpperCase("vi")], f.parentSize, "parent-agency"));
  }
  const agency = org.agencyName.trim() ? org.agencyName.toLocaleUpperCase("vi") : "[TÊN CƠ QUAN BAN HÀNH]";
  const agencyRuns = styled([agency], { bold: true, placeholder: !org.agencyName.trim() });
  if (f.agencyMark === "line") {
    out.push(
      centred(agencyRuns, f.agencySize, "agency-name", { lineUnder: { fraction: 0.4 }, spacingAfter: 8 }),
    );
  } else {
    out.push(centred(agencyRuns, f.agencySize, "agency-name"));
    out.push(centred(["*"], f.agencySize, "agency-name", { spacingAfter: 4 }));
  }
  return out;
}

function titleColumn(f: DraftFormat): BlockParagraph[] {
  const title = centred(
    styled([f.nationalTitle.text], { bold: true }),
    f.nationalTitle.size,
    "national-title",
  );
  if (!f.motto) return [{ ...title, lineUnder: { fraction: 1 }, spacingAfter: 8 }];
  return [
    title,
    centred(styled([f.motto.text], { bold: true }), f.motto.size, "motto", {
      lineUnder: { fraction: 1 },
      spacingAfter: 8,
    }),
  ];
}

/** The two-column header table. */
export function buildHeaderTable(o: HeaderOptions): BlockTable {
  const f = o.format;
  const right = textWidth(f) - HEADER_LEFT;
  const left: BlockParagraph[] = [
    centred([numberText(o.type, o.org, f, o.number)], f.numberSize, "doc-number", { spacingBefore: 6 }),
  ];
  if (o.type === "cong-van") {
    const runs = [{ text: f.vv.prefix }, ...o.summary].map((r) => ({ ...r, italic: f.vv.italic }));
    left.push(centred(runs, f.vv.size, "vv-summary", { spacingBefore: 6 }));
  }
  const date = centred(placeDateRuns(o.org, o.date), f.dateSize, "place-date", { spacingBefore: 6 });
  return {
    kind: "table",
    role: "header",
    borders: false,
    columns: [HEADER_LEFT, right],
    rows: [
      {
        cells: [
          { width: HEADER_LEFT, blocks: agencyColumn(o.org, f) },
          { width: right, blocks: titleColumn(f) },
        ],
      },
      {
        cells: [
          { width: HEADER_LEFT, blocks: left },
          { width: right, blocks: [date] },
        ],
      },
    ],
  };
}

/** Tên loại and trích yếu under the header (none for công văn, whose trích yếu is the V/v line). */
export function buildTitle(o: HeaderOptions, summaryPrefix = ""): BlockParagraph[] {
  const title = typeTitle(o.type);
  if (!title) return [];
  const f = o.format;
  const summary = [...(summaryPrefix ? [{ text: summaryPrefix }] : []), ...o.summary];
  return [
    centred(styled([title], { bold: true }), f.titleSize, "doc-title", { spacingBefore: 18, keepNext: true }),
    centred(styled(summary, { bold: true }), f.summarySize, "doc-summary", {
      lineUnder: { fraction: 0.4 },
      spacingAfter: 18,
      keepNext: true,
    }),
  ];
}

export function buildHeader(o: HeaderOptions, summaryPrefix = ""): Block[] {
  return [buildHeaderTable(o), ...buildTitle(o, summaryPrefix)];
}
