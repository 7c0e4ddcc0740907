// Builds the sample plan used by the preview, the checker tests and the text rules:
//   assets/sample/ke-hoach-thi-dua-2017-2020.docx  — the seed laid out as a real document (header and closing tables,
//                                                     Times New Roman 14, NĐ 30 page setup), its slips kept verbatim;
//   assets/sample/seed-as-is.docx                   — every line of the seed as one plain paragraph, nothing else.
// Usage: node scripts/make-sample.mjs [seed.txt]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { ShapeRun } from "docx/shapes";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seedPath = process.argv[2] ?? "/work/shared/seeds/ke-hoach-thi-dua-khen-thuong-2017-2020.txt";
const outDir = join(root, "assets", "sample");
const seedLines = readFileSync(seedPath, "utf8").split("\n");

const FONT = "Times New Roman";
const mm = (v) => Math.round((v * 1440) / 25.4);
const INDENT = mm(12.7); // 1.27 cm first-line indent

// Body: the seed from "Thực hiện Kế hoạch…" to the closing sentence, one paragraph per non-blank line, text as written.
const bodyStart = seedLines.findIndex((l) => l.startsWith("Thực hiện Kế hoạch"));
const bodyEnd = seedLines.findIndex((l) => l.startsWith("Trên đây là"));
if (bodyStart < 0 || bodyEnd < 0) throw new Error("make-sample: the seed does not have the expected shape");
const bodyLines = seedLines.slice(bodyStart, bodyEnd + 1).filter((l) => l.trim() !== "");
// Closing: "Nơi nhận:" items are the lines starting with "-" after the body; the seed interleaves the signature lines.
const closing = seedLines.slice(bodyEnd + 1).map((l) => l.replace(/^[\t ]+/, "").replace(/\s+$/, ""));
const recipients = closing.filter((l) => l.startsWith("- "));

const run = (text, { size = 14, ...opts } = {}) => new TextRun({ text, font: FONT, size: size * 2, ...opts });
const para = (children, opts = {}) => new Paragraph({ children, ...opts });
const centred = (text, runOpts = {}, paraOpts = {}) =>
  para([run(text, runOpts)], {
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    ...paraOpts,
  });
// A straight line drawn as a shape (wps:wsp, prstGeom "line"), centred in its own paragraph under the element.
const lineUnder = (widthPx) =>
  para(
    [
      new ShapeRun({
        type: "line",
        transformation: { width: widthPx, height: 0 },
        line: { color: "000000", width: 1 },
      }),
    ],
    {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
    },
  );

const noBorders = TableBorders.NONE;
const cell = (children, widthPct) =>
  new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: noBorders });
const twoColumns = (left, right, leftPct) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)] })],
  });

const header = twoColumns(
  [
    centred("ỦY BAN MTTQ VIỆT NAM", { size: 13 }),
    centred("TỈNH LẠNG SƠN", { size: 13 }),
    centred("BAN THƯỜNG TRỰC", { size: 13, bold: true }),
    lineUnder(60),
    centred("Số: 04/KH-MTTQ-BTT", { size: 13 }, { spacing: { before: 120, after: 0 } }),
  ],
  [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 13, bold: true }),
    centred("Độc lập - Tự do - Hạnh phúc", { size: 14, bold: true }),
    lineUnder(220),
    centred(
      "Lạng Sơn, ngày 10 tháng 01 năm 2017",
      { size: 14, italics: true },
      { spacing: { before: 120, after: 0 } },
    ),
  ],
  36,
);

const titleLine = seedLines.find((l) => l.trim() !== "").trim(); // "KẾ HOẠCH"
const abstractLine = seedLines
  .slice(seedLines.indexOf(seedLines.find((l) => l.trim() !== "")) + 1)
  .find((l) => l.trim() !== "");
const title = [
  centred(titleLine, { bold: true }, { spacing: { before: 360, after: 0 } }),
  centred(abstractLine, { bold: true }),
  lineUnder(120),
  para([], { spacing: { before: 0, after: 0 } }),
];

const romanHeading = /^\s*[IVX]+\.\s/;
const numberHeading = /^\d+\.\s/; // "1. …" titled khoản (bold); "2.1. …" stays plain
const body = bodyLines.map((line) =>
  para([run(line, { bold: romanHeading.test(line) || numberHeading.test(line) })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { before: 0, after: 120, line: 276 },
  }),
);

const signatureTitle = closing.find((l) => l.startsWith("TM."));
const signatureRole = closing.find((l) => l === "CHỦ TỊCH");
const closingTable = twoColumns(
  [
    para([run("Nơi nhận:", { size: 12, bold: true, italics: true })], { spacing: { before: 0, after: 0 } }),
    ...recipients.map((r) => para([run(r, { size: 11 })], { spacing: { before: 0, after: 0 } })),
  ],
  [
    centred(signatureTitle, { bold: true }),
    centred(signatureRole, { bold: true }),
    para([]),
    para([]),
    para([]),
    centred("Nguyễn Văn An", { bold: true }),
  ],
  50,
);

const pageSetup = {
  titlePage: true,
  page: {
    size: { width: mm(210), height: mm(297) },
    margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
  },
};
const styles = { default: { document: { run: { font: FONT, size: 28 } } } };

const sample = new Document({
  creator: "Trợ lý Văn thư",
  title: "Kế hoạch công tác Thi đua - Khen thưởng giai đoạn 2017-2020",
  styles,
  sections: [
    {
      properties: pageSetup,
      headers: {
        default: new Header({
          children: [
            para([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })], {
              alignment: AlignmentType.CENTER,
            }),
          ],
        }),
        first: new Header({ children: [para([])] }),
      },
      children: [header, ...title, ...body, para([]), closingTable],
    },
  ],
});

// The seed as-is: every line (blank ones too) a plain paragraph, tabs kept, no layout.
const asIs = new Document({
  styles,
  sections: [
    { properties: { page: pageSetup.page }, children: seedLines.map((l) => para(l === "" ? [] : [run(l)])) },
  ],
});

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "ke-hoach-thi-dua-2017-2020.docx"), await Packer.toBuffer(sample));
writeFileSync(join(outDir, "seed-as-is.docx"), await Packer.toBuffer(asIs));
console.log(`wrote ${join(outDir, "ke-hoach-thi-dua-2017-2020.docx")} and seed-as-is.docx`);
