// Issue 12, first false-alarm class: lines drawn as shapes anchored in a neighbouring paragraph or cell, placed by
// offsets. Each document has its lines where a reader sees them; the checker must not report a missing line, and
// must report one when the shape is drawn somewhere else.
import { analyze } from "../../../src/core/analysis/analyze";
import { readDocx } from "../../../src/core/ooxml/read";
import { check } from "../../../src/core/rules/engine";
import {
  bodyPara,
  centred,
  closing,
  docx,
  drawnLine,
  p,
  r,
  table,
  vmlLine,
  type LineAt,
} from "../fixtures/real-layouts";

const LEFT = 3500;
const RIGHT = 5571;

interface Lines {
  /** Drawn in the number's cell (row 1, column 0), meant for the agency name above it. */
  agency?: string;
  /** Drawn in the date's cell (row 1, column 1), meant for the Tiêu ngữ above it. */
  motto?: string;
  /** Drawn in the empty paragraph above the tên loại, meant for the trích yếu two lines lower. */
  summary?: string;
}

const underAgency: LineAt = { h: "column", x: (LEFT - 1300) / 2, v: "paragraph", y: 30, width: 1300 };
const underMotto: LineAt = { h: "column", x: (RIGHT - 3100) / 2, v: "paragraph", y: 30, width: 3100 };
// Empty paragraph (one 14 pt line, 322 twips) + KẾ HOẠCH + trích yếu: the line runs about 1,000 twips down.
const underSummary: LineAt = { h: "margin", x: 3000, v: "paragraph", y: 1000, width: 3000 };

function plan(lines: Lines): Uint8Array {
  const header = table(
    [LEFT, RIGHT],
    [
      [
        [centred(r("UBND TỈNH LÂM ĐỒNG", { sz: 13 })), centred(r("SỞ CÔNG THƯƠNG", { b: true, sz: 13 }))],
        [
          centred(r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 })),
          centred(r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 })),
        ],
      ],
      [
        [centred((lines.agency ?? "") + r("Số:      /KH-SCT", { sz: 13 }))],
        [centred((lines.motto ?? "") + r("Lâm Đồng, ngày 12 tháng 5 năm 2026", { i: true, sz: 14 }))],
      ],
    ],
  );
  return docx(
    header +
      p(lines.summary ?? "") +
      centred(r("KẾ HOẠCH", { b: true })) +
      centred(r("Tổ chức Tháng hành động vì an toàn thực phẩm năm 2026", { b: true })) +
      p("") +
      bodyPara("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Công Thương xây dựng kế hoạch như sau.") +
      bodyPara("Các phòng, đơn vị thuộc Sở tổ chức thực hiện đúng nội dung kế hoạch này./.") +
      closing(),
  );
}

const LINE_RULES = ["agency-name", "motto", "doc-title"];
const lineFindings = (bytes: Uint8Array) =>
  check(readDocx(bytes), { rules: LINE_RULES }).filter((f) => /đường kẻ/.test(f.message));

describe("lines drawn as shapes anchored elsewhere", () => {
  it("finds each line under the element it is drawn under, whichever paragraph or cell holds it", () => {
    const bytes = plan({
      agency: drawnLine(underAgency),
      motto: drawnLine(underMotto, "straightConnector1"),
      summary: drawnLine(underSummary),
    });
    const model = readDocx(bytes);
    const a = analyze(model);
    expect(a.header.agencyName.every((i) => a.linesUnder.has(i))).toBe(true);
    expect(a.linesUnder.has(a.header.motto ?? -1)).toBe(true);
    expect(a.header.docSummary.some((i) => a.linesUnder.has(i))).toBe(true);
    // The cells that hold the shapes are not underlined by them.
    expect(a.linesUnder.has(a.header.docNumber ?? -1)).toBe(false);
    expect(a.linesUnder.has(a.header.placeDate ?? -1)).toBe(false);
    expect(lineFindings(bytes)).toEqual([]);
  });

  it("reads VML lines of files without DrawingML", () => {
    const bytes = plan({
      agency: vmlLine(underAgency),
      motto: vmlLine(underMotto),
      summary: vmlLine(underSummary),
    });
    expect(lineFindings(bytes)).toEqual([]);
  });

  it("places a page-relative line by its distance from the top of the page", () => {
    // Two 13 pt lines of agency name (about 600 twips) under a 1,134-twip top margin.
    const line = drawnLine({ h: "page", x: 1701 + (LEFT - 1300) / 2, v: "page", y: 1134 + 640, width: 1300 });
    const bytes = plan({ agency: line, motto: drawnLine(underMotto), summary: drawnLine(underSummary) });
    expect(lineFindings(bytes)).toEqual([]);
  });

  it("still reports a missing line when the shape is drawn under something else", () => {
    // Drawn one line lower, under the date: the Tiêu ngữ has no line.
    const lower = { ...underMotto, y: 30 + 330 };
    const bytes = plan({
      agency: drawnLine(underAgency),
      motto: drawnLine(lower),
      summary: drawnLine(underSummary),
    });
    const found = lineFindings(bytes);
    expect(found.map((f) => f.rule)).toEqual(["motto"]);
    // Drawn in the other column: not under the agency name.
    const aside = drawnLine({ ...underAgency, x: LEFT + 500 });
    expect(
      lineFindings(
        plan({ agency: aside, motto: drawnLine(underMotto), summary: drawnLine(underSummary) }),
      ).map((f) => f.rule),
    ).toEqual(["agency-name"]);
  });

  it("gives each element of a tabbed header line its own stroke", () => {
    // "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc", then an empty paragraph holding the strokes just under it.
    const header = (strokes: string) =>
      docx(
        p(
          r("UBND TỈNH LÂM ĐỒNG", { sz: 13 }) +
            r("\t") +
            r("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { b: true, sz: 13 }),
          { tabs: [1750, 6300] },
        ) +
          p(
            r("SỞ CÔNG THƯƠNG", { b: true, sz: 13 }) +
              r("\t") +
              r("Độc lập - Tự do - Hạnh phúc", { b: true, sz: 14 }),
            {
              tabs: [1750, 6300],
            },
          ) +
          p(strokes) +
          p(
            r("Số:      /KH-SCT", { sz: 13 }) +
              r("\t") +
              r("Lâm Đồng, ngày 12 tháng 5 năm 2026", { i: true, sz: 14 }),
            {
              tabs: [1750, 6300],
            },
          ) +
          centred(r("KẾ HOẠCH", { b: true })) +
          `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/></w:pPr>${r("Kiểm tra an toàn thực phẩm năm 2026", { b: true })}</w:p>` +
          bodyPara("Sở Công Thương ban hành kế hoạch kiểm tra an toàn thực phẩm năm 2026./.") +
          closing(),
      );
    const left = drawnLine({ h: "column", x: 1100, v: "paragraph", y: 20, width: 1300 });
    const right = drawnLine({ h: "column", x: 4750, v: "paragraph", y: 20, width: 3100 });
    expect(lineFindings(header(left + right))).toEqual([]);
    expect(lineFindings(header(right)).map((f) => f.rule)).toEqual(["agency-name"]);
    expect(lineFindings(header(left)).map((f) => f.rule)).toEqual(["motto"]);
  });
});
