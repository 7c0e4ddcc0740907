import { createModel } from "../../../src/core/model/create";
import { readFlatOpc } from "../../../src/core/ooxml/read";
import type { DocModel } from "../../../src/core/model/types";
import type { Edit, Finding } from "../../../src/core/rules/types";
import { WordHost } from "../../../src/host/word/word-host";
import { fakeDocument, fakeWord, para, type FakeWord } from "./fake-word";

// The fake Word understands a tiny stand-in package; the real writer is tested on its own.
jest.mock("../../../src/core/ooxml/write", () => ({
  writeFragment: (blocks: { kind: string; runs?: { text: string }[] }[]) =>
    "FAKE-BLOCKS:" + JSON.stringify(blocks.map((b) => (b.runs ?? []).map((r) => r.text).join(""))),
}));

const PLAN = "Trên đây là kế hoạch. Trên đây là báo cáo.";

function longDocument(n: number) {
  const paragraphs = [
    para("Quốc hiệu"),
    para("Ô trái", { inTable: true }),
    para("Ô phải", { inTable: true }),
    para(PLAN),
  ];
  for (let i = 0; i < n; i++) paragraphs.push(para(`Đoạn ${i}`));
  return fakeDocument(paragraphs);
}

function hostOn(word: FakeWord, model?: DocModel): WordHost {
  return new WordHost(word.apis, {
    docx: () => model ?? createModel({ paragraphs: ["x"] }),
    flatOpc: readFlatOpc,
  });
}

const replaceSecond: Edit = {
  kind: "replaceText",
  paragraph: 3,
  expectedText: PLAN,
  start: 22,
  end: 32,
  replacement: "Trên đây là",
};

describe("WordHost.applyEdits", () => {
  it.each([5, 500])("makes exactly 3 syncs whatever the length (%i paragraphs)", async (n) => {
    const word = fakeWord(longDocument(n));
    const result = await hostOn(word).applyEdits([
      { kind: "replaceText", paragraph: 3, expectedText: PLAN, start: 22, end: 33, replacement: "Tóm lại," },
      { kind: "setParagraphFormat", paragraph: 4, expectedText: "Đoạn 0", format: { alignment: "both" } },
    ]);
    expect(result.applied).toBe(2);
    expect(word.runs).toEqual([3]);
  });

  it("replaces only the matched occurrence of the span", async () => {
    const word = fakeWord(longDocument(2));
    await hostOn(word).applyEdits([
      { kind: "replaceText", paragraph: 3, expectedText: PLAN, start: 22, end: 33, replacement: "Tóm lại," },
    ]);
    expect(word.doc.paragraphs[3].text).toBe("Trên đây là kế hoạch. Tóm lại, báo cáo.");
  });

  it("saves each touched paragraph's OOXML before changing it, with the text the change left", async () => {
    const word = fakeWord(longDocument(2));
    const before = JSON.parse(JSON.stringify(word.doc.paragraphs[3]));
    const { saved } = await hostOn(word).applyEdits([replaceSecond], { label: "Sửa lặp" });
    expect(saved?.label).toBe("Sửa lặp");
    expect(saved?.items).toHaveLength(1);
    expect(saved?.items[0].paragraph).toBe(3);
    expect(saved?.items[0].text).toBe(word.doc.paragraphs[3].text);
    expect(JSON.parse(saved!.items[0].data.slice("FAKE-PARAGRAPH:".length))).toMatchObject(before);
  });

  it("skips targets whose text changed and reports why", async () => {
    const word = fakeWord(longDocument(2));
    word.doc.paragraphs[3].text = "Người dùng đã sửa.";
    const result = await hostOn(word).applyEdits([replaceSecond]);
    expect(result.applied).toBe(0);
    expect(result.skipped[0].reason).toBe("Đoạn văn đã thay đổi từ lần kiểm tra trước nên không sửa.");
    expect(result.saved).toBeNull();
    expect(word.doc.paragraphs[3].text).toBe("Người dùng đã sửa.");
    expect(word.runs).toEqual([1]);
  });

  it("formats spans, whole paragraphs, paragraph spacing in points and page setup", async () => {
    const word = fakeWord(longDocument(2));
    const result = await hostOn(word).applyEdits([
      {
        kind: "setRunFormat",
        paragraph: 3,
        expectedText: PLAN,
        start: 12,
        end: 20,
        format: { bold: true, color: "ff0000" },
      },
      {
        kind: "setRunFormat",
        paragraph: 0,
        expectedText: "Quốc hiệu",
        format: { font: "Times New Roman", size: 13, underline: null },
      },
      {
        kind: "setParagraphFormat",
        paragraph: 1,
        expectedText: "Ô trái",
        format: {
          indent: { firstLine: 567, left: 0 },
          spacing: { before: 120, after: 240, line: 360, lineRule: "auto" },
        },
      },
      { kind: "setPageSetup", section: 0, page: { margins: { left: 1701, top: 1134 } } },
    ]);
    expect(result.applied).toBe(4);
    expect(word.doc.paragraphs[3].spans).toEqual([
      { start: 12, end: 20, font: { bold: true, color: "#ff0000" } },
    ]);
    expect(word.doc.paragraphs[0].font).toEqual({ name: "Times New Roman", size: 13, underline: "None" });
    expect(word.doc.paragraphs[1].props).toEqual({
      firstLineIndent: 28.35,
      leftIndent: 0,
      spaceBefore: 6,
      spaceAfter: 12,
      lineSpacing: 18,
    });
    expect(word.doc.sections[0].pageSetup).toMatchObject({ leftMargin: 85.05, topMargin: 56.7 });
    expect(JSON.parse(result.saved!.sections!)).toEqual([
      { index: 0, page: expect.objectContaining({ margins: expect.objectContaining({ left: 1701 }) }) },
    ]);
  });

  it("skips page setup with a reason where WordApiDesktop 1.3 is missing", async () => {
    const word = fakeWord(longDocument(1), { sets: ["WordApi 1.3", "CompressedFile"] });
    const edit: Edit = { kind: "setPageSetup", section: 0, page: { margins: { left: 1701 } } };
    const result = await hostOn(word).applyEdits([edit]);
    expect(result).toEqual({
      applied: 0,
      skipped: [{ edit, reason: expect.stringMatching(/WordApiDesktop 1\.3/) }],
      saved: null,
    });
  });

  it("tracks the changes when asked and puts the previous mode back", async () => {
    const word = fakeWord(longDocument(1));
    await hostOn(word).applyEdits([replaceSecond], { trackChanges: true });
    expect(word.doc.textChanges).toEqual([{ text: "Trên đây là", mode: "TrackAll" }]);
    expect(word.doc.changeTrackingMode).toBe("Off");
  });

  it("replaces a span longer than Word's search limit (WordApi 1.3) and attempts nothing below", async () => {
    const long = "Mở đầu " + "x".repeat(200) + " giữa " + "y".repeat(200) + " hết.";
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 0,
      expectedText: long,
      start: 7,
      end: long.length - 5,
      replacement: "…",
    };
    const word = fakeWord(fakeDocument([para(long)]));
    expect((await hostOn(word).applyEdits([edit])).applied).toBe(1);
    expect(word.doc.paragraphs[0].text).toBe("Mở đầu … hết.");
    // Below WordApi 1.3 body.paragraphs leaves out table paragraphs, so no index can be trusted.
    const old = fakeWord(fakeDocument([para(long)]), { sets: ["WordApi 1.1", "WordApi 1.2"] });
    await expect(hostOn(old).applyEdits([edit])).rejects.toThrow(/WordApi 1\.3/);
    expect(old.runs).toEqual([]);
  });

  it("inserts at an empty paragraph and at the very start", async () => {
    const word = fakeWord(fakeDocument([para("Một"), para("")]));
    await hostOn(word).applyEdits([
      { kind: "replaceText", paragraph: 1, expectedText: "", start: 0, end: 0, replacement: "Hai" },
      { kind: "replaceText", paragraph: 0, expectedText: "Một", start: 0, end: 0, replacement: "Số " },
    ]);
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(["Số Một", "Hai"]);
  });
});

describe("WordHost.restore", () => {
  it("puts saved paragraphs back in 3 syncs, removing the empty paragraph Word leaves, skipping changed ones", async () => {
    const word = fakeWord(longDocument(3));
    const host = hostOn(word);
    const original = word.doc.paragraphs.map((p) => JSON.parse(JSON.stringify(p)));
    const { saved } = await host.applyEdits([
      replaceSecond,
      { kind: "setRunFormat", paragraph: 4, expectedText: "Đoạn 0", format: { bold: true } },
    ]);
    word.doc.paragraphs[4].text = "Đoạn 0 đã sửa tay";
    word.runs.length = 0;
    expect(await host.restore(saved!)).toEqual({ restored: 1, skipped: 1 });
    expect(word.runs).toEqual([3]);
    expect(word.doc.paragraphs).toHaveLength(original.length);
    expect(word.doc.paragraphs[3]).toEqual(original[3]);
  });
});

describe("WordHost.insert", () => {
  const blocks = [
    { kind: "paragraph" as const, runs: [{ text: "Mới 1" }] },
    { kind: "paragraph" as const, runs: [{ text: "Mới 2" }] },
  ];

  it.each([
    ["end", ["A", "B", "Mới 1", "Mới 2"]],
    ["start", ["Mới 1", "Mới 2", "A", "B"]],
  ] as const)("inserts at the %s in 3 syncs without a stray empty paragraph", async (where, texts) => {
    const word = fakeWord(fakeDocument([para("A"), para("B")]));
    const result = await hostOn(word).insert(blocks, where);
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(texts);
    expect(word.runs).toEqual([3]);
    expect(result.firstParagraph).toBe(where === "start" ? 0 : 2);
  });

  it("gives a SavedState that takes the inserted paragraphs out again", async () => {
    const word = fakeWord(fakeDocument([para("A"), para("B")]));
    const host = hostOn(word);
    const { saved } = await host.insert(blocks, "end", "Chèn Nơi nhận");
    expect(saved?.label).toBe("Chèn Nơi nhận");
    expect(saved?.items.map((i) => i.paragraph)).toEqual([2]);
    expect(await host.restore(saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(["A", "B"]);
  });

  it("leaves an insertion the user has edited since, whole", async () => {
    const word = fakeWord(fakeDocument([para("A"), para("B")]));
    const host = hostOn(word);
    const { saved } = await host.insert(blocks, "end");
    word.doc.paragraphs[3].text = "Mới 2 đã sửa";
    expect(await host.restore(saved!)).toEqual({ restored: 0, skipped: 1 });
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(["A", "B", "Mới 1", "Mới 2 đã sửa"]);
  });

  it("fills an empty document instead of leaving its empty paragraph", async () => {
    const word = fakeWord(fakeDocument([para("")]));
    await hostOn(word).insert(blocks, "end");
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(["Mới 1", "Mới 2"]);
  });

  it("replaces the selection", async () => {
    const word = fakeWord(fakeDocument([para("Trước [chỗ] sau")]));
    word.doc.selection = { paragraph: 0, start: 6, end: 11 };
    const result = await hostOn(word).insert(blocks, "selection");
    expect(word.doc.paragraphs.map((p) => p.text)).toEqual(["Trước ", "Mới 1", "Mới 2", " sau"]);
    expect(result.firstParagraph).toBe(1);
  });
});

describe("WordHost select, comments, open, read", () => {
  it("selects body paragraph i counting table cells, and a span in it", async () => {
    const word = fakeWord(longDocument(2));
    const host = hostOn(word);
    await host.select(2);
    expect(word.doc.selection).toEqual({ paragraph: 2, start: 0, end: 6 });
    await host.select(3, { start: 22, end: 33 });
    expect(word.doc.selection).toEqual({ paragraph: 3, start: 22, end: 33 });
    expect(word.runs).toEqual([2, 3]);
  });

  it("adds comments on spans and paragraphs in 3 syncs (WordApi 1.4), none below it", async () => {
    const finding = (paragraph: number | null, span?: { start: number; end: number }): Finding => ({
      rule: "duplicate-phrase",
      severity: "warning",
      message: "Lặp cụm từ",
      paragraph,
      excerpt: span ? PLAN : "Quốc",
      fixable: false,
      ...(span ? { span } : {}),
    });
    const word = fakeWord(longDocument(300));
    const count = await hostOn(word).addComments([
      finding(3, { start: 22, end: 33 }),
      finding(0),
      finding(null),
    ]);
    expect(count).toBe(2);
    expect(word.doc.paragraphs[3].comments).toEqual([
      { start: 22, end: 33, text: "[duplicate-phrase] Lặp cụm từ" },
    ]);
    expect(word.doc.paragraphs[0].comments).toHaveLength(1);
    expect(word.runs).toEqual([3]);

    const old = fakeWord(longDocument(1), { sets: ["WordApi 1.1"] });
    expect(await hostOn(old).addComments([finding(0)])).toBe(0);
    expect(old.runs).toEqual([]);
  });

  it("opens a new document from bytes (WordApi 1.3) and refuses below it", async () => {
    const word = fakeWord(fakeDocument([para("")]));
    await hostOn(word).openNew(new Uint8Array([80, 75, 3, 4]));
    expect(word.doc.opened).toEqual(["UEsDBA=="]);
    const old = fakeWord(fakeDocument([para("")]), { sets: ["WordApi 1.1"] });
    await expect(hostOn(old).openNew(new Uint8Array([1]))).rejects.toThrow(/WordApi 1\.3/);
  });

  it("reads the whole file in slices with progress, and page setup from Word.PageSetup in 2 syncs", async () => {
    // 64 KB slices (the iPad's limit) for every host: 150 000 bytes are 3 slices.
    const file = new Uint8Array(Array.from({ length: 150_000 }, (_, i) => i % 251));
    const word = fakeWord(fakeDocument([para("A")]), { file });
    let seen: Uint8Array | null = null;
    const host = new WordHost(word.apis, {
      docx: (bytes) => {
        seen = bytes;
        return createModel({ paragraphs: ["A"] });
      },
      flatOpc: readFlatOpc,
    });
    const progress: [number, number][] = [];
    const model = await host.read((done, total) => progress.push([done, total]));
    expect(Array.from(seen!)).toEqual(Array.from(file));
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(model.sections[0].page).toEqual({
      width: 11906,
      height: 16838,
      orientation: "portrait",
      margins: { top: 1134, bottom: 1134, left: 1701, right: 850, header: 720, footer: 720, gutter: 0 },
    });
    expect(model.meta.pageSetupFrom).toBe("word");
    expect(word.runs).toEqual([2]);
  });

  it("keeps page setup from the file bytes where Word.PageSetup is missing and the file is current", async () => {
    const word = fakeWord(fakeDocument([para("A")]), {
      sets: ["WordApi 1.3", "CompressedFile"],
      file: new Uint8Array([1]),
    });
    const model = await hostOn(word, createModel({ paragraphs: ["A"] })).read();
    expect(model.sections[0].page?.margins.left).toBe(1701);
    expect(model.meta.pageSetupFrom).toBe("file");
    expect(word.runs).toEqual([1]);
  });

  it("falls back to body OOXML in 1 sync without the file, leaving page setup unknown", async () => {
    const word = fakeWord(fakeDocument([para("A")]), { sets: ["WordApi 1.3"] });
    const model = await hostOn(word).read();
    expect(model.sections[0].page).toBeNull();
    expect(model.meta.pageSetupFrom).toBe("unknown");
    expect(word.runs).toEqual([1]);
  });

  it("reports capabilities with Vietnamese reasons for what is off", async () => {
    const full = await hostOn(fakeWord(fakeDocument([]))).capabilities();
    expect(full).toMatchObject({
      host: "word",
      comments: true,
      trackChanges: true,
      openNewDocument: true,
      pageSetup: true,
      reasons: {},
    });
    const old = await hostOn(fakeWord(fakeDocument([]), { sets: ["WordApi 1.3"] })).capabilities();
    expect(old).toMatchObject({
      comments: false,
      trackChanges: false,
      openNewDocument: true,
      pageSetup: false,
      select: true,
    });
    expect(Object.keys(old.reasons).sort()).toEqual(["comments", "pageSetup", "trackChanges"]);
    // Volume-licensed Office 2021/2024 has no WordApi 1.4 (Word JavaScript API requirement sets).
    expect(old.reasons.comments).toMatch(/WordApi 1\.4.*bản quyền số lượng lớn không có/);
  });
});
