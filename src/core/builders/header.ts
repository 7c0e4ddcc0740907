// The header block: a borderless two-column table — cơ quan (chủ quản, ban hành, số, V/v) on the left;
// Quốc hiệu, Tiêu ngữ and địa danh, ngày on the right — then the tên loại and trích yếu.
// NĐ 30/2020, Phụ lục I, mục II.1–5; Party variant per HD 36-HD/VPTW (format-rules.md §5).
import type { Block, BlockParagraph, BlockRun, BlockTable } from "../model/blocks";
import type { OrgProfile } from "../org/types";
import { agencyLines } from "./agency-lines";
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
  /** Biên bản prints no place and date line (Mẫu 1.9). */
  noPlaceDate?: boolean;
  /** Độ mật and độ khẩn (ô 10a, 10b), printed under the number. */
  marks?: { secrecy?: string; urgency?: string };
}

/** Width of the text inside the header's left cell (Word's default cell margins are 0.19 cm each side). */
const LEFT_TEXT = HEADER_LEFT - 216;

/** The ký hiệu: "KH-UBND" for types with a name, "UBND-VP" for công văn (NĐ 30/2020, Phụ lục I, mục II.3b). */
export function symbolText(type: DraftType, org: OrgProfile): string {
  return symbolRuns(type, org)
    .map((r) => r.text)
    .join("");
}

const ABBR_BLANK = "viết tắt tên cơ quan";

function symbolRuns(type: DraftType, org: OrgProfile, profile: OrgProfile["profile"] = "nd30"): BlockRun[] {
  const agency: BlockRun = org.agencyAbbr.trim() ? { text: org.agencyAbbr.trim() } : ph(ABBR_BLANK);
  const typeAbbr = typeAbbreviation(type, profile);
  if (profile === "dang") return [{ text: `${typeAbbr ?? "CV"}/` }, agency];
  const board = org.boardAbbr?.trim() ? [{ text: `-${org.boardAbbr.trim()}` }] : [];
  if (typeAbbr) return [{ text: `${typeAbbr}-` }, agency, ...board];
  // Công văn: the body and its drafting unit ("UBND-VP"), or its issuing board ("MTTQ-BTT").
  if (board.length) return [agency, ...board];
  return org.unitAbbr.trim() ? [agency, { text: `-${org.unitAbbr.trim()}` }] : [agency];
}

/**
 * "Số: …/KH-UBND" (NĐ 30) or "Số …-KH/TU" (Party). A blank number is written as dots for the văn thư to fill
 * in after signature; a missing agency abbreviation is a placeholder, never an empty "…/-VP".
 */
export function numberText(type: DraftType, org: OrgProfile, format: DraftFormat, number?: string): string {
  return numberRuns(type, org, format, number)
    .map((r) => r.text)
    .join("");
}

function numberRuns(type: DraftType, org: OrgProfile, format: DraftFormat, number?: string): BlockRun[] {
  const n = number ?? "…";
  if (format.numberStyle === "party") return joined([{ text: `Số ${n}-` }, ...symbolRuns(type, org, "dang")]);
  return joined([{ text: `Số: ${n}/` }, ...symbolRuns(type, org)]);
}

/** Adjacent plain runs as one, so the number stays one run as a typist would write it. */
function joined(runs: BlockRun[]): BlockRun[] {
  const out: BlockRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.placeholder && !r.placeholder) out[out.length - 1] = { text: last.text + r.text };
    else out.push(r);
  }
  return out;
}

export function placeDateRuns(org: OrgProfile, date: DayMonthYear | null): BlockRun[] {
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

/** The issuing body's name over as many lines as it needs, broken at phrase boundaries, and its board. */
function agencyText(org: OrgProfile, f: DraftFormat): string {
  const lines = agencyLines(org.agencyName.toLocaleUpperCase("vi"), f.agencySize, LEFT_TEXT);
  const board = org.board?.trim().toLocaleUpperCase("vi");
  return [...lines, ...(board ? [board] : [])].join("\n");
}

function agencyColumn(org: OrgProfile, f: DraftFormat): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  if (org.parentAgency.trim()) {
    const parent = agencyLines(org.parentAgency.toLocaleUpperCase("vi"), f.parentSize, LEFT_TEXT).join("\n");
    out.push(centred([parent], f.parentSize, "parent-agency"));
  }
  return [...out, ...agencyNameBlocks(org, f)];
}

/** The body's own name (and board) with the line or star under it, as in the header's left column. */
export function agencyNameBlocks(org: OrgProfile, f: DraftFormat): BlockParagraph[] {
  const out: BlockParagraph[] = [];
  const agency = org.agencyName.trim() ? agencyText(org, f) : "[TÊN CƠ QUAN BAN HÀNH]";
  const agencyRuns = styled([agency], { bold: true, placeholder: !org.agencyName.trim() });
  if (f.agencyMark === "line") {
    // 1/3–1/2 of the printed last line (NĐ 30/2020, Phụ lục I, mục II.2).
    out.push(
      centred(agencyRuns, f.agencySize, "agency-name", {
        lineUnder: { fraction: 0.45, lastLine: true },
        spacingAfter: 8,
      }),
    );
  } else {
    out.push(centred(agencyRuns, f.agencySize, "agency-name"));
    out.push(centred(["*"], f.agencySize, "agency-name", { spacingAfter: 4 }));
  }
  return out;
}

/**
 * Độ mật and độ khẩn (ô 10a, 10b): upper case, bold, 13 (Phụ lục I, mục III.2). Độ khẩn sits "trong khung hình chữ
 * nhật viền đơn" (III.2b); the độ mật stamp's shape is the state-secrets law's, so it is printed without a frame.
 */
function markLines(marks: HeaderOptions["marks"]): BlockParagraph[] {
  const line = (m: string | undefined, frame: boolean): BlockParagraph[] =>
    m?.trim()
      ? [
          centred(styled([m.trim().toLocaleUpperCase("vi")], { bold: true }), 13, undefined, {
            spacingBefore: 6,
            ...(frame ? { border: "box" as const } : {}),
          }),
        ]
      : [];
  return [...line(marks?.secrecy, false), ...line(marks?.urgency, true)];
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

/**
 * The header's first row alone: the body's name and the Quốc hiệu, Tiêu ngữ — the header of a văn bản ban hành
 * kèm theo a quyết định, which has no number and no date of its own (Phụ lục III, Mẫu 1.3).
 */
export function buildNamesTable(org: OrgProfile, f: DraftFormat): BlockTable {
  const right = textWidth(f) - HEADER_LEFT;
  return {
    kind: "table",
    role: "header",
    borders: false,
    columns: [HEADER_LEFT, right],
    rows: [
      {
        cells: [
          { width: HEADER_LEFT, blocks: agencyColumn(org, f) },
          { width: right, blocks: titleColumn(f) },
        ],
      },
    ],
  };
}

/** The two-column header table. */
export function buildHeaderTable(o: HeaderOptions): BlockTable {
  const f = o.format;
  const right = textWidth(f) - HEADER_LEFT;
  const left: BlockParagraph[] = [
    centred(numberRuns(o.type, o.org, f, o.number), f.numberSize, "doc-number", { spacingBefore: 6 }),
  ];
  if (o.type === "cong-van") {
    const runs = [{ text: f.vv.prefix }, ...o.summary].map((r) => ({ ...r, italic: f.vv.italic }));
    left.push(centred(runs, f.vv.size, "vv-summary", { spacingBefore: 6 }));
  }
  left.push(...markLines(o.marks));
  const date = o.noPlaceDate
    ? centred([], f.dateSize, undefined)
    : centred(placeDateRuns(o.org, o.date), f.dateSize, "place-date", { spacingBefore: 6 });
  const [names] = buildNamesTable(o.org, f).rows;
  const numberDate = {
    cells: [
      { width: HEADER_LEFT, blocks: left },
      { width: right, blocks: [date] },
    ],
  };
  return {
    kind: "table",
    role: "header",
    borders: false,
    columns: [HEADER_LEFT, right],
    rows: [names, numberDate],
  };
}

/** Tên loại and trích yếu under the header (none for công văn, whose trích yếu is the V/v line). */
export function buildTitle(o: HeaderOptions, summaryPrefix = ""): BlockParagraph[] {
  const title = typeTitle(o.type);
  if (!title) return [];
  const f = o.format;
  const titleLine = centred(styled([title], { bold: true }), f.titleSize, "doc-title", {
    spacingBefore: 18,
    keepNext: true,
  });
  // Giấy giới thiệu and giấy nghỉ phép have no trích yếu (Mẫu 1.8, 1.10): the line goes under the tên loại.
  if (o.summary.length === 0) return [{ ...titleLine, lineUnder: { fraction: 0.4 }, spacingAfter: 18 }];
  const summary = [...(summaryPrefix ? [{ text: summaryPrefix }] : []), ...o.summary];
  return [
    titleLine,
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
