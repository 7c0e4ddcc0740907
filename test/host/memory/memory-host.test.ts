import { readFileSync } from "fs";
import { createModel } from "../../../src/core/model/create";
import { readDocx } from "../../../src/core/ooxml/read";
import type { Block } from "../../../src/core/model/blocks";
import type { Edit, Finding } from "../../../src/core/rules/types";
import { MemoryHost, type MemoryHostEvent } from "../../../src/host/memory";

function sample(): MemoryHost {
  const model = createModel({
    paragraphs: [
      { runs: [{ text: "Uỷ ", bold: true }, { text: "ban nhân", italic: true }, { text: " dân tỉnh" }] },
      { text: "Ô trái", cell: { table: 0, row: 0, col: 0 } },
      { text: "Ô phải", cell: { table: 0, row: 0, col: 1 } },
      "Trên đây là kế hoạch.",
      { text: "Trang 1", location: "header" },
    ],
    tables: [
      {
        index: 0,
        rows: [
          {
            cells: [
              { paragraphs: [1], width: 4000, gridSpan: 1, hasBorders: false },
              { paragraphs: [2], width: 4000, gridSpan: 1, hasBorders: false },
            ],
          },
        ],
        hasBorders: false,
        depth: 0,
        section: 0,
        grid: [4000, 4000],
      },
    ],
  });
  // A fragment model stands in for writeFragment → readFlatOpc: each block paragraph becomes one body paragraph.
  return new MemoryHost(model, (blocks: Block[]) =>
    createModel({
      paragraphs: blocks.map((b) => (b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : "")),
    }),
  );
}

const expectedText = "Uỷ ban nhân dân tỉnh";

describe("MemoryHost.applyEdits", () => {
  it("replaces the span across runs keeping each run's format, and emits a change", async () => {
    const host = sample();
    const events: MemoryHostEvent[] = [];
    host.subscribe((e) => events.push(e));
    const result = await host.applyEdits([
      { kind: "replaceText", paragraph: 0, expectedText, start: 1, end: 4, replacement: "ỷ B" },
    ]);
    expect(result.applied).toBe(1);
    const doc = await host.read();
    const p = doc.paragraphs[0];
    expect(p.text).toBe("Uỷ Ban nhân dân tỉnh");
    expect(p.runs.map((r) => [r.text, r.start, r.format.bold, r.format.italic])).toEqual([
      ["Uỷ B", 0, true, false],
      ["an nhân", 4, false, true],
      [" dân tỉnh", 11, false, false],
    ]);
    expect(events.map((e) => e.type)).toEqual(["change"]);
  });

  it("splits runs to format a span, and formats a whole paragraph with its mark", async () => {
    const host = sample();
    await host.applyEdits([
      {
        kind: "setRunFormat",
        paragraph: 3,
        expectedText: "Trên đây là kế hoạch.",
        start: 12,
        end: 20,
        format: { bold: true, font: "Arial" },
      },
      { kind: "setRunFormat", paragraph: 1, expectedText: "Ô trái", format: { size: 13, color: "#ff0000" } },
    ]);
    const doc = await host.read();
    expect(doc.paragraphs[3].runs.map((r) => [r.text, r.format.bold, r.format.font])).toEqual([
      ["Trên đây là ", false, "Times New Roman"],
      ["kế hoạch", true, "Arial"],
      [".", false, "Times New Roman"],
    ]);
    expect(doc.paragraphs[1].runs[0].format).toMatchObject({ size: 13, color: "FF0000" });
    expect(doc.paragraphs[1].markFormat.size).toBe(13);
  });

  it("skips changed targets with a Vietnamese reason and changes nothing", async () => {
    const host = sample();
    const before = await host.read();
    const edit: Edit = {
      kind: "setParagraphFormat",
      paragraph: 3,
      expectedText: "khác",
      format: { alignment: "center" },
    };
    const result = await host.applyEdits([edit]);
    expect(result).toEqual({
      applied: 0,
      skipped: [{ edit, reason: "Đoạn văn đã thay đổi từ lần kiểm tra trước nên không sửa." }],
      saved: null,
    });
    expect(await host.read()).toEqual(before);
  });

  it("restores what a change replaced, but not paragraphs edited since", async () => {
    const host = sample();
    const before = await host.read();
    const { saved } = await host.applyEdits(
      [
        { kind: "replaceText", paragraph: 0, expectedText, start: 0, end: 2, replacement: "Ủy" },
        {
          kind: "setParagraphFormat",
          paragraph: 3,
          expectedText: "Trên đây là kế hoạch.",
          format: { alignment: "center", indent: { firstLine: 0 } },
        },
        { kind: "setPageSetup", section: 0, page: { margins: { left: 1000 } } },
      ],
      { label: "Sửa thử" },
    );
    expect(saved?.label).toBe("Sửa thử");
    expect(saved?.items.map((i) => [i.paragraph, i.text])).toEqual([
      [0, "Ủy ban nhân dân tỉnh"],
      [3, "Trên đây là kế hoạch."],
    ]);
    expect((await host.read()).sections[0].page?.margins.left).toBe(1000);
    expect(await host.restore(saved!)).toEqual({ restored: 2, skipped: 0 });
    expect(await host.read()).toEqual(before);

    const second = await host.applyEdits([
      { kind: "replaceText", paragraph: 0, expectedText, start: 0, end: 2, replacement: "Ủy" },
    ]);
    await host.applyEdits([
      {
        kind: "replaceText",
        paragraph: 0,
        expectedText: "Ủy ban nhân dân tỉnh",
        start: 0,
        end: 0,
        replacement: "X",
      },
    ]);
    expect(await host.restore(second.saved!)).toEqual({ restored: 0, skipped: 1 });
    expect((await host.read()).paragraphs[0].text).toBe("XỦy ban nhân dân tỉnh");
  });
});

describe("MemoryHost insert, select, comments", () => {
  const blocks: Block[] = [
    { kind: "paragraph", runs: [{ text: "Mới 1" }] },
    { kind: "paragraph", runs: [{ text: "Mới 2" }] },
  ];

  it("inserts after the selected paragraph, renumbers tables and headers, and restore removes it", async () => {
    const host = sample();
    await host.select(0);
    const result = await host.insert(blocks, "selection");
    expect(result.firstParagraph).toBe(1);
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => [p.index, p.id, p.text])).toEqual([
      [0, 0, expectedText],
      [1, 1, "Mới 1"],
      [2, 2, "Mới 2"],
      [3, 3, "Ô trái"],
      [4, 4, "Ô phải"],
      [5, 5, "Trên đây là kế hoạch."],
      [null, 6, "Trang 1"],
    ]);
    expect(doc.bodyCount).toBe(6);
    expect(doc.tables[0].rows[0].cells.map((c) => c.paragraphs)).toEqual([[3], [4]]);
    expect(doc.sections[0]).toMatchObject({ firstParagraph: 0, lastParagraph: 5 });
    expect(await host.restore(result.saved!)).toEqual({ restored: 2, skipped: 0 });
    expect((await host.read()).paragraphs.map((p) => p.text)).toEqual([
      expectedText,
      "Ô trái",
      "Ô phải",
      "Trên đây là kế hoạch.",
      "Trang 1",
    ]);
  });

  it("inserts at the start and at the end", async () => {
    const host = sample();
    await host.insert(blocks.slice(0, 1), "start");
    await host.insert(blocks.slice(1), "end");
    const texts = (await host.read()).paragraphs.filter((p) => p.index !== null).map((p) => p.text);
    expect(texts[0]).toBe("Mới 1");
    expect(texts[texts.length - 1]).toBe("Mới 2");
  });

  it("records the selection, tells listeners, and reads it back", async () => {
    const host = sample();
    const seen: MemoryHostEvent[] = [];
    host.subscribe((e) => seen.push(e));
    await host.select(3, { start: 0, end: 4 });
    expect(seen).toEqual([{ type: "select", selection: { paragraph: 3, span: { start: 0, end: 4 } } }]);
    expect((await host.readSelection()).map((p) => p.text)).toEqual(["Trên đây là kế hoạch."]);
  });

  it("inserts before a caret at a paragraph's start, after it elsewhere, and the caret follows the new text", async () => {
    const host = sample();
    const seen: MemoryHostEvent[] = [];
    host.subscribe((e) => seen.push(e));
    await host.select(3, { start: 0, end: 0 });
    expect((await host.insert(blocks.slice(0, 1), "selection")).firstParagraph).toBe(3);
    expect(host.getSelection()).toEqual({ paragraph: 3, span: { start: 5, end: 5 } });
    expect(seen).toContainEqual({ type: "inserted", first: 3, count: 1 });
    // The caret now ends "Mới 1": the next insertion follows it.
    expect((await host.insert(blocks.slice(1), "selection")).firstParagraph).toBe(4);
    await host.select(0, { start: 3, end: 3 });
    expect((await host.insert(blocks.slice(0, 1), "selection")).firstParagraph).toBe(1);
    const texts = (await host.read()).paragraphs.filter((p) => p.index !== null).map((p) => p.text);
    expect(texts).toEqual([
      expectedText,
      "Mới 1",
      "Ô trái",
      "Ô phải",
      "Mới 1",
      "Mới 2",
      "Trên đây là kế hoạch.",
    ]);
  });

  it("reads every paragraph of a selection over several, and inserts after the last", async () => {
    const host = sample();
    await host.select(1, undefined, undefined, 3);
    expect((await host.readSelection()).map((p) => p.text)).toEqual([
      "Ô trái",
      "Ô phải",
      "Trên đây là kế hoạch.",
    ]);
    expect((await host.insert(blocks.slice(0, 1), "selection")).firstParagraph).toBe(4);
  });

  it("keeps comments in a list the preview can show", async () => {
    const host = sample();
    const finding: Finding = {
      rule: "recipients",
      severity: "warning",
      message: "Thiếu",
      paragraph: 3,
      excerpt: "Trên",
      fixable: false,
    };
    const unsubscribe = host.subscribe(() => undefined);
    expect(await host.addComments([finding])).toBe(1);
    unsubscribe();
    expect(host.comments()).toEqual([{ finding, paragraph: 3 }]);
    expect((await host.capabilities()).reasons.trackChanges).toMatch(/xem thử/);
  });
});

describe("MemoryHost insert through the one writer and reader", () => {
  it("round-trips blocks via writeFragment → readFlatOpc, keeping their formatting and tables", async () => {
    const host = new MemoryHost(
      createModel({ paragraphs: ["Kính gửi: Sở Nội vụ", "Trên đây là kế hoạch."] }),
    );
    await host.select(0);
    const blocks: Block[] = [
      { kind: "paragraph", runs: [{ text: "KẾ HOẠCH", bold: true }], align: "center", size: 14 },
      {
        kind: "table",
        columns: [4000, 5000],
        borders: false,
        role: "closing",
        rows: [
          {
            cells: [
              {
                width: 4000,
                blocks: [{ kind: "paragraph", runs: [{ text: "Nơi nhận:", bold: true, italic: true }] }],
              },
              { width: 5000, blocks: [{ kind: "paragraph", runs: [{ text: "GIÁM ĐỐC", bold: true }] }] },
            ],
          },
        ],
      },
    ];
    const result = await host.insert(blocks, "selection");
    expect(result.firstParagraph).toBe(1);
    const doc = await host.read();
    const body = doc.paragraphs.filter((p) => p.index !== null);
    expect(body.map((p) => p.text)).toEqual([
      "Kính gửi: Sở Nội vụ",
      "KẾ HOẠCH",
      "Nơi nhận:",
      "GIÁM ĐỐC",
      "Trên đây là kế hoạch.",
    ]);
    expect(body[1].format.alignment).toBe("center");
    expect(body[1].runs[0].format).toMatchObject({ bold: true, size: 14 });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows[0].cells.map((c) => c.paragraphs)).toEqual([[2], [3]]);
    expect(body[3].cell).toEqual({ table: 0, row: 0, col: 1 });
  });
});

describe("MemoryHost.openNew", () => {
  it("replaces the document with a .docx read by the one reader and tells the preview", async () => {
    const host = sample();
    await host.select(0);
    await host.addComments([
      { rule: "x", severity: "info", message: "m", paragraph: 0, excerpt: "", fixable: false },
    ]);
    const events: string[] = [];
    host.subscribe((e) => events.push(e.type));
    await host.openNew(new Uint8Array(readFileSync("assets/sample/ke-hoach-thi-dua-2017-2020.docx")));
    const doc = await host.read();
    expect(doc.meta.source).toBe("docx");
    expect(doc.bodyCount).toBeGreaterThan(10);
    expect(host.getSelection()).toBeNull();
    expect(host.comments()).toEqual([]);
    expect(await host.readSelection()).toEqual([]);
    expect(events).toEqual(["change"]);
  });

  it("refuses bytes that are not a .docx with one Vietnamese sentence, keeping the document", async () => {
    const host = sample();
    const before = await host.read();
    await expect(host.openNew(new Uint8Array([1, 2, 3]))).rejects.toThrow(/\.docx|tệp/i);
    expect(await host.read()).toEqual(before);
  });
});

describe("MemoryHost keeps the .docx it was opened from in step (the preview's download)", () => {
  const sampleBytes = () => new Uint8Array(readFileSync("assets/sample/ke-hoach-thi-dua-2017-2020.docx"));
  const texts = (bytes: Uint8Array | null) =>
    readDocx(bytes as Uint8Array)
      .paragraphs.filter((p) => p.index !== null)
      .map((p) => p.text);

  function opened(): MemoryHost {
    const bytes = sampleBytes();
    return new MemoryHost(readDocx(bytes), undefined, bytes);
  }

  it("has no package without one, and the original bytes before any change", () => {
    expect(sample().docx()).toBeNull();
    const host = opened();
    expect(host.docx()).toEqual(sampleBytes());
  });

  it("writes edits, inserts and undo into the package as into the model", async () => {
    const host = opened();
    const model = await host.read();
    const target = model.paragraphs.find((p) => p.index !== null && p.text.includes("Khen thưởng"))!;
    const start = target.text.indexOf("Khen thưởng");
    const edit: Edit = {
      kind: "replaceText",
      paragraph: target.index as number,
      expectedText: target.text,
      start,
      end: start + "Khen thưởng".length,
      replacement: "KHEN THƯỞNG",
    };
    const fixed = await host.applyEdits([edit]);
    expect(texts(host.docx())).toEqual(
      (await host.read()).paragraphs.filter((p) => p.index !== null).map((p) => p.text),
    );

    // The caret at the start of a paragraph outside the tables (a table's cells go with their table).
    const body = (await host.read()).paragraphs.filter((p) => p.index !== null);
    const at = body.findIndex((p, i) => i > 0 && !p.cell && !body[i - 1].cell);
    await host.select(at, { start: 0, end: 0 });
    const inserted = await host.insert(
      [{ kind: "paragraph", runs: [{ text: "Đoạn chèn thử" }] }],
      "selection",
    );
    const afterInsert = texts(host.docx());
    expect(afterInsert[at]).toBe("Đoạn chèn thử");
    expect(afterInsert).toEqual(
      (await host.read()).paragraphs.filter((p) => p.index !== null).map((p) => p.text),
    );

    await host.restore(inserted.saved!);
    expect(texts(host.docx())).not.toContain("Đoạn chèn thử");
    expect(texts(host.docx())[target.index as number]).toContain("KHEN THƯỞNG");
    await host.restore(fixed.saved!);
    expect(host.docx()).toEqual(sampleBytes());
  });

  it("takes the package of a document opened later", async () => {
    const host = sample();
    await host.openNew(sampleBytes());
    expect(host.docx()).toEqual(sampleBytes());
  });
});
