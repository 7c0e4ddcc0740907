import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { unzipSync } from "fflate";
import type { Block } from "../../../src/core/model/blocks";
import { readDocx } from "../../../src/core/ooxml/read";
import { DocxHost } from "../../../src/host/docx";

/** A small document written by the `docx` library: a header table, body text in mixed runs, a closing line. */
async function sampleDocx(): Promise<Uint8Array> {
  const doc = new Document({
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        children: [
          new Table({
            width: { size: 9000, type: WidthType.DXA },
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: "UBND TỈNH", bold: true })] })],
                  }),
                  new TableCell({ children: [new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({ text: "Uỷ ", bold: true }),
              new TextRun({ text: "ban nhân dân", italics: true }),
              new TextRun(" tỉnh ban hành."),
            ],
          }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun("Trên đây là kế hoạch.")] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "vanthu-docx-"));

describe("DocxHost", () => {
  it("patches a docx-library file and the result re-reads with the fixes in place", async () => {
    const host = new DocxHost(await sampleDocx());
    const model = await host.read();
    const body = model.paragraphs.filter((p) => p.index !== null);
    expect(body.map((p) => p.text)).toEqual([
      "UBND TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Uỷ ban nhân dân tỉnh ban hành.",
      "Trên đây là kế hoạch.",
    ]);
    const para = body[2];
    const result = await host.applyEdits([
      { kind: "replaceText", paragraph: 2, expectedText: para.text, start: 0, end: 2, replacement: "Ủy" },
      {
        kind: "setRunFormat",
        paragraph: 2,
        expectedText: para.text,
        format: { font: "Times New Roman", size: 14 },
      },
      {
        kind: "setParagraphFormat",
        paragraph: 3,
        expectedText: "Trên đây là kế hoạch.",
        format: { alignment: "both", indent: { firstLine: 567 }, spacing: { after: 120 } },
      },
      {
        kind: "setPageSetup",
        section: 0,
        page: { margins: { top: 1134, bottom: 1134, left: 1701, right: 850 } },
      },
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toBe(4);
    const after = await host.read();
    const p2 = after.paragraphs[2];
    expect(p2.text).toBe("Ủy ban nhân dân tỉnh ban hành.");
    expect(
      p2.runs.map((r) => [r.text, r.format.bold, r.format.italic, r.format.font, r.format.size]),
    ).toEqual([
      ["Ủy ", true, false, "Times New Roman", 14],
      ["ban nhân dân", false, true, "Times New Roman", 14],
      [" tỉnh ban hành.", false, false, "Times New Roman", 14],
    ]);
    expect(after.paragraphs[3].format).toMatchObject({
      alignment: "both",
      indent: { firstLine: 567 },
      spacing: { after: 120 },
    });
    expect(after.sections[0].page?.margins).toMatchObject({
      top: 1134,
      bottom: 1134,
      left: 1701,
      right: 850,
    });
    expect(after.paragraphs[0].runs[0].format.bold).toBe(true);
  });

  it("keeps every other part of the package byte-identical", async () => {
    const original = await sampleDocx();
    const host = new DocxHost(original);
    await host.applyEdits([
      {
        kind: "replaceText",
        paragraph: 3,
        expectedText: "Trên đây là kế hoạch.",
        start: 0,
        end: 8,
        replacement: "Tóm lại,",
      },
    ]);
    const before = unzipSync(original);
    const after = unzipSync(host.content());
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === "word/document.xml")
        expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(false);
      else expect(Buffer.from(after[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
  });

  it("restores the saved paragraphs and page setup", async () => {
    const host = new DocxHost(await sampleDocx());
    const before = await host.read();
    const { saved } = await host.applyEdits([
      { kind: "setRunFormat", paragraph: 0, expectedText: "UBND TỈNH", format: { bold: false } },
      { kind: "setPageSetup", section: 0, page: { margins: { left: 1701 } } },
    ]);
    expect(await host.restore(saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(await host.read()).toEqual(before);
  });

  it("skips changed targets and leaves the bytes alone", async () => {
    const original = await sampleDocx();
    const host = new DocxHost(original);
    const result = await host.applyEdits([
      { kind: "replaceText", paragraph: 3, expectedText: "Khác", start: 0, end: 1, replacement: "x" },
    ]);
    expect(result.applied).toBe(0);
    expect(result.skipped[0].reason).toMatch(/đã thay đổi/);
    expect(host.content()).toBe(original);
  });

  it("saves to a new file and refuses to write over its input", async () => {
    const dir = tmp();
    const input = join(dir, "vao.docx");
    const bytes = await sampleDocx();
    writeFileSync(input, bytes);
    const host = await DocxHost.open(input);
    await host.applyEdits([
      { kind: "setRunFormat", paragraph: 3, expectedText: "Trên đây là kế hoạch.", format: { bold: true } },
    ]);
    await expect(host.save(input)).rejects.toThrow(
      "Không ghi đè lên tệp gốc; hãy chọn tên tệp khác cho bản đã sửa.",
    );
    await expect(host.save(join(dir, ".", "vao.docx"))).rejects.toThrow(/Không ghi đè/);
    const output = join(dir, "ra.docx");
    await host.save(output);
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(bytes))).toBe(true);
    expect(readDocx(new Uint8Array(readFileSync(output))).paragraphs[3].runs[0].format.bold).toBe(true);
    await expect(DocxHost.open(join(dir, "khong-co.docx"))).rejects.toThrow(/Không đọc được tệp/);
  });

  it("inserts the writer's blocks at the end, at the start and after the selected paragraph", async () => {
    const host = new DocxHost(await sampleDocx());
    const blocks: Block[] = [
      { kind: "paragraph", runs: [{ text: "Nơi nhận:", bold: true, italic: true }] },
      { kind: "paragraph", runs: [{ text: "- Lưu: VT." }] },
    ];
    const end = await host.insert(blocks, "end");
    expect(end.firstParagraph).toBe(4);
    await host.insert([{ kind: "paragraph", runs: [{ text: "Đầu" }] }], "start");
    await host.select(3);
    const mid = await host.insert([{ kind: "paragraph", runs: [{ text: "Giữa" }] }], "selection");
    expect(mid.firstParagraph).toBe(4);
    const model = await host.read();
    expect(model.paragraphs.filter((p) => p.index !== null).map((p) => p.text)).toEqual([
      "Đầu",
      "UBND TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Uỷ ban nhân dân tỉnh ban hành.",
      "Giữa",
      "Trên đây là kế hoạch.",
      "Nơi nhận:",
      "- Lưu: VT.",
    ]);
    expect(model.paragraphs[6].runs[0].format).toMatchObject({ bold: true, italic: true });
    expect(model.sections).toHaveLength(1);
  });

  it("opens a new document only when it reads, keeping the current one otherwise", async () => {
    const host = new DocxHost(await sampleDocx());
    const other = new Uint8Array(readFileSync("assets/sample/ke-hoach-thi-dua-2017-2020.docx"));
    await expect(host.openNew(new Uint8Array([80, 75, 0, 0]))).rejects.toThrow();
    expect((await host.read()).paragraphs[0].text).toBe("UBND TỈNH");
    await host.openNew(other);
    expect(host.content()).toBe(other);
    expect((await host.capabilities()).reasons.comments).toMatch(/nhận xét/);
    expect(await host.addComments()).toBe(0);
  });
});
