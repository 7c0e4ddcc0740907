// Documents written by others (the shared corpus), by the docx library (the sample plan) and by LibreOffice.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { readDocx } from "../../../src/core/ooxml/read";
import type { DocModel } from "../../../src/core/model/types";

const CORPUS = "/work/shared/corpus/external";
const SAMPLE = join(__dirname, "../../../assets/sample/ke-hoach-thi-dua-2017-2020.docx");

function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join(CORPUS, f));
}

const bodyTexts = (m: DocModel): string[] => m.paragraphs.slice(0, m.bodyCount).map((x) => x.text);

describe("the shared corpus", () => {
  const files = corpusFiles();
  if (files.length === 0) {
    it.skip(`no corpus at ${CORPUS}`, () => undefined);
    return;
  }
  it.each(files)("reads %s without error", (file) => {
    const m = readDocx(new Uint8Array(readFileSync(file)));
    expect(m.bodyCount).toBeGreaterThan(0);
    expect(m.sections.length).toBeGreaterThan(0);
    expect(m.paragraphs.slice(0, m.bodyCount).every((x, i) => x.index === i)).toBe(true);
    expect(m.paragraphs.slice(m.bodyCount).every((x) => x.index === null)).toBe(true);
  });
});

describe("the sample plan (written by the docx library)", () => {
  const m = readDocx(new Uint8Array(readFileSync(SAMPLE)));

  it("reads the header table, title and lines", () => {
    expect(m.tables[0]).toMatchObject({ hasBorders: false, depth: 0, grid: [3368, 5987] });
    expect(m.paragraphs[2]).toMatchObject({ text: "BAN THƯỜNG TRỰC", cell: { table: 0, row: 0, col: 0 } });
    expect(m.paragraphs[2].runs[0].format).toMatchObject({ font: "Times New Roman", size: 13, bold: true });
    expect(m.paragraphs[3].runs[0].isLine).toBe(true);
    const date = m.paragraphs.find((x) => x.text.startsWith("Lạng Sơn, ngày"))!;
    expect(date.runs[0].format.italic).toBe(true);
    expect(date.cell?.col).toBe(1);
    const title = m.paragraphs.find((x) => x.text === "KẾ HOẠCH")!;
    expect(title.format.alignment).toBe("center");
    expect(title.cell).toBeNull();
  });

  it("keeps the body's slips verbatim and its layout", () => {
    const texts = bodyTexts(m);
    expect(texts.some((t) => t.includes("Phong trào“Toàn dân"))).toBe(true);
    expect(texts.some((t) => t.includes("kịp thời. tăng"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Trên đây là Trên đây là"))).toBe(true);
    expect(texts).toContain("- Lưu VT.");
    const body = m.paragraphs.find((x) => x.text.startsWith("Thực hiện Kế hoạch"))!;
    expect(body.format).toMatchObject({ alignment: "both", indent: { firstLine: 720 } });
    expect(body.runs[0].format).toMatchObject({ font: "Times New Roman", size: 14 });
  });

  it("reads A4, NĐ 30 margins and the page number centred in the header, not on page 1", () => {
    const [section] = m.sections;
    expect(section.page).toMatchObject({ width: 11906, height: 16838, orientation: "portrait" });
    expect(section.page!.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(section.titlePage).toBe(true);
    expect(section.pageNumbers).toHaveLength(1);
    expect(section.pageNumbers[0]).toMatchObject({ kind: "header", type: "default", alignment: "center" });
  });
});

function soffice(): string | null {
  for (const bin of ["soffice", "libreoffice"]) {
    if (spawnSync(bin, ["--version"], { stdio: "ignore" }).status === 0) return bin;
  }
  return null;
}

describe("a document saved by LibreOffice", () => {
  const bin = soffice();
  if (bin === null) {
    console.warn("LibreOffice (soffice) is not installed: the LibreOffice round-trip test is skipped.");
    it.skip("soffice is not installed", () => undefined);
    return;
  }

  it("reads text, fonts, alignment, tables, margins and the page field", async () => {
    const run = (text: string, opts: { bold?: boolean; size?: number } = {}): TextRun =>
      new TextRun({ text, font: "Times New Roman", size: (opts.size ?? 14) * 2, bold: opts.bold });
    const doc = new Document({
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: 11906, height: 16838 },
              margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
            },
          },
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ children: [PageNumber.CURRENT] })],
                }),
              ],
            }),
          },
          children: [
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({
                      children: [
                        new Paragraph({ children: [run("ỦY BAN NHÂN DÂN", { bold: true, size: 13 })] }),
                      ],
                    }),
                    new TableCell({
                      children: [
                        new Paragraph({
                          children: [run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 13 })],
                        }),
                      ],
                    }),
                  ],
                }),
              ],
            }),
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              indent: { firstLine: 720 },
              children: [run("Nội dung kế hoạch.")],
            }),
          ],
        },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), "vanthu-lo-"));
    try {
      const input = join(dir, "input.docx");
      writeFileSync(input, await Packer.toBuffer(doc));
      const out = join(dir, "out");
      execFileSync(
        bin,
        [
          "--headless",
          `-env:UserInstallation=file://${dir}/profile`,
          "--convert-to",
          "docx",
          "--outdir",
          out,
          input,
        ],
        {
          stdio: "ignore",
          timeout: 120_000,
        },
      );
      const m = readDocx(new Uint8Array(readFileSync(join(out, "input.docx"))));
      expect(bodyTexts(m)).toEqual([
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Nội dung kế hoạch.",
      ]);
      expect(m.paragraphs[1].cell).toEqual({ table: 0, row: 0, col: 1 });
      expect(m.paragraphs[1].runs[0].format).toMatchObject({ font: "Times New Roman", size: 13, bold: true });
      expect(m.paragraphs[2].format).toMatchObject({ alignment: "both", indent: { firstLine: 720 } });
      const [section] = m.sections;
      expect(section.page!.margins).toMatchObject({ top: 1134, bottom: 1134, left: 1701, right: 850 });
      expect(section.page).toMatchObject({ width: 11906, height: 16838 });
      expect(section.titlePage).toBe(true);
      expect(section.pageNumbers.map((f) => [f.kind, f.alignment])).toEqual([["header", "center"]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
