// Each documented Word behaviour (docs/word-behaviour.md), switched on in the fake, against the adapter: every
// test here failed on the adapter before it met that behaviour.
import { createModel } from "../../../src/core/model/create";
import { readFlatOpc } from "../../../src/core/ooxml/read";
import type { DocModel } from "../../../src/core/model/types";
import type { Edit, Finding } from "../../../src/core/rules/types";
import { WordHost } from "../../../src/host/word/word-host";
import { fakeDocument, fakeWord, para, type FakeDocument, type FakeWord } from "./fake-word";

jest.mock("../../../src/core/ooxml/write", () => ({
  writeFragment: (blocks: { kind: string; runs?: { text: string }[] }[]) =>
    "FAKE-BLOCKS:" + JSON.stringify(blocks.map((b) => (b.runs ?? []).map((r) => r.text).join(""))),
}));

/** The fake's body package is its paragraph texts; read them as the reader would (line breaks as "\n"). */

function hostOn(word: FakeWord, file?: DocModel): WordHost {
  return new WordHost(word.apis, {
    docx: () => file ?? createModel({ paragraphs: ["x"] }),
    flatOpc: readFlatOpc,
  });
}

function withBehaviour(doc: FakeDocument, behaviour: Partial<FakeDocument["behaviour"]>): FakeDocument {
  doc.behaviour = { ...doc.behaviour, ...behaviour };
  return doc;
}

const blocks = [
  { kind: "paragraph" as const, runs: [{ text: "Mới 1" }] },
  { kind: "paragraph" as const, runs: [{ text: "Mới 2" }], align: "center" as const },
];
const texts = (word: FakeWord) => word.doc.paragraphs.map((p) => p.text);

describe("requirement sets", () => {
  it("attempts nothing below WordApi 1.3, where body.paragraphs leaves out table paragraphs", async () => {
    const doc = fakeDocument([para("Ô", { inTable: true }), para("Trên đây là kế hoạch.")]);
    const word = fakeWord(doc, { sets: ["WordApi 1.1", "WordApi 1.2"] });
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 1,
      expectedText: "Trên đây là kế hoạch.",
      start: 0,
      end: 4,
      replacement: "Dưới",
    };
    await expect(hostOn(word).applyEdits([edit])).rejects.toThrow(/WordApi 1\.3.*vanthu check/);
    await expect(hostOn(word).insert(blocks, "end")).rejects.toThrow(/WordApi 1\.3/);
    expect(word.runs).toEqual([]);
    expect(texts(word)).toEqual(["Ô", "Trên đây là kế hoạch."]);
  });
});

describe("paragraph text as Word reports it", () => {
  it("edits a paragraph with a manual line break, which Word reports as \\v", async () => {
    const word = fakeWord(withBehaviour(fakeDocument([para("Dòng một\nDòng hai")]), { lineBreakAsVt: true }));
    const result = await hostOn(word).applyEdits([
      {
        kind: "replaceText",
        paragraph: 0,
        expectedText: "Dòng một\nDòng hai",
        start: 5,
        end: 17,
        replacement: "1\nDòng 2",
      },
    ]);
    expect(result.skipped).toEqual([]);
    expect(texts(word)).toEqual(["Dòng 1\nDòng 2"]);
  });

  it("undoes a tracked edit, whose deleted text Word keeps in the paragraph's text", async () => {
    const plan = "Trên đây là kế hoạch.";
    const word = fakeWord(withBehaviour(fakeDocument([para(plan)]), { trackedDeletionsInText: true }));
    const host = hostOn(word);
    const { saved } = await host.applyEdits(
      [{ kind: "replaceText", paragraph: 0, expectedText: plan, start: 12, end: 20, replacement: "báo cáo" }],
      { trackChanges: true },
    );
    expect(texts(word)).toEqual(["Trên đây là kế hoạchbáo cáo."]);
    expect(await host.restore(saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(texts(word)).toEqual([plan]);
  });

  it("finds a curly-quoted span although Word's search also finds the straight one", async () => {
    const text = 'Gọi là "Kế hoạch" hoặc “Kế hoạch”.';
    const word = fakeWord(withBehaviour(fakeDocument([para(text)]), { searchLikeWord: true }));
    const start = text.indexOf("“");
    const result = await hostOn(word).applyEdits([
      { kind: "replaceText", paragraph: 0, expectedText: text, start, end: start + 10, replacement: "KH" },
    ]);
    expect(result.applied).toBe(1);
    expect(texts(word)).toEqual(['Gọi là "Kế hoạch" hoặc KH.']);
  });
});

describe("insertion and its undo", () => {
  it("puts the blocks after the paragraph holding the cursor, and undo leaves the user's text whole", async () => {
    const word = fakeWord(fakeDocument([para("Đầu câu và cuối câu"), para("B")]));
    word.doc.selection = { paragraph: 0, start: 7, end: 7 };
    const host = hostOn(word);
    const result = await host.insert(blocks, "selection");
    expect(texts(word)).toEqual(["Đầu câu và cuối câu", "Mới 1", "Mới 2", "B"]);
    expect(result.firstParagraph).toBe(1);
    expect(word.runs).toEqual([3]);
    expect(await host.restore(result.saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(texts(word)).toEqual(["Đầu câu và cuối câu", "B"]);
  });

  it("brings back the selection the insertion replaced", async () => {
    const word = fakeWord(fakeDocument([para("Trước [chỗ] sau")]));
    word.doc.selection = { paragraph: 0, start: 6, end: 11 };
    const host = hostOn(word);
    const { saved } = await host.insert(blocks, "selection");
    expect(texts(word).join("|")).toBe("Trước |Mới 1|Mới 2| sau");
    await host.restore(saved!);
    expect(texts(word).join("")).toBe("Trước [chỗ] sau");
  });

  it("keeps an empty-looking paragraph that holds a picture or a section break", async () => {
    for (const hidden of ["picture", "sectionBreak"] as const) {
      const word = fakeWord(fakeDocument([para("A"), para("", { hidden })]));
      await hostOn(word).insert(blocks, "end");
      expect(word.doc.paragraphs[1].hidden).toBe(hidden);
      expect(texts(word)).toEqual(["A", "", "Mới 1", "Mới 2"]);
    }
  });

  it("gives the last inserted paragraph its own style and formatting back, out of the list it landed in", async () => {
    const heading = { styleBuiltIn: "Heading1", alignment: "Right", leftIndent: 36 };
    const doc = fakeDocument([para("Mục", { props: { ...heading }, listItem: true })]);
    const word = fakeWord(withBehaviour(doc, { mergeLastParagraph: true }));
    await hostOn(word).insert(blocks, "end");
    const last = word.doc.paragraphs.find((p) => p.text === "Mới 2")!;
    expect(last.props).toMatchObject({ styleBuiltIn: "Normal", alignment: "Centered", leftIndent: 0 });
    expect(last.listItem).toBe(false);
    expect(word.doc.paragraphs[0].props).toEqual(heading);
  });

  it("leaves the paragraphs after an inserted table alone: inside it they are cells, after it Word's own", async () => {
    const table = {
      kind: "table" as const,
      columns: [4500, 4500],
      borders: false,
      rows: [
        {
          cells: [
            { width: 4500, blocks: [] },
            { width: 4500, blocks: [] },
          ],
        },
      ],
    };
    const word = fakeWord(fakeDocument([para("A")]));
    await hostOn(word).insert([blocks[0], table], "end");
    // The stand-in writer gives the table one empty paragraph; Word's stray empty paragraph follows it.
    expect(texts(word)).toEqual(["A", "Mới 1", "", ""]);
  });

  it("sends the blocks to the end of the body when the cursor is in a header, and says so", async () => {
    const word = fakeWord(fakeDocument([para("A"), para("B")]));
    word.doc.selectionStory = "Header";
    word.doc.selection = { paragraph: 0, start: 0, end: 1 };
    const result = await hostOn(word).insert(blocks, "selection");
    expect(texts(word)).toEqual(["A", "B", "Mới 1", "Mới 2"]);
    expect(result.placed).toBe("end");
    expect(result.note).toMatch(/ngoài thân văn bản/);
  });

  it("inserts at the cursor in a table cell of the body", async () => {
    const word = fakeWord(fakeDocument([para("Ô", { inTable: true }), para("B")]));
    word.doc.selectionStory = "TableCell";
    word.doc.selection = { paragraph: 0, start: 1, end: 1 };
    const result = await hostOn(word).insert(blocks, "selection");
    expect(result.placed).toBeUndefined();
    expect(texts(word)).toEqual(["Ô", "Mới 1", "Mới 2", "B"]);
  });
});

describe("what undo keeps", () => {
  it("keeps a format-only change's previous values instead of the paragraph's whole OOXML package", async () => {
    const props = { alignment: "Left", leftIndent: 0, firstLineIndent: 0, spaceBefore: 6, lineSpacing: 12 };
    const word = fakeWord(fakeDocument([para("Một", { props: { ...props } }), para("Hai")]));
    const host = hostOn(word);
    const { saved } = await host.applyEdits([
      {
        kind: "setParagraphFormat",
        paragraph: 0,
        expectedText: "Một",
        format: { alignment: "both", indent: { firstLine: 567 }, spacing: { before: 0 } },
      },
    ]);
    expect(word.doc.paragraphOoxmlReads).toBe(0);
    expect(word.doc.paragraphs[0].props).toMatchObject({
      alignment: "Justified",
      firstLineIndent: 28.35,
      spaceBefore: 0,
    });
    expect(await host.restore(saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(word.doc.paragraphs[0].props).toEqual(props);
    expect(word.runs).toEqual([3, 3]);
  });
});

describe("targets checked before use", () => {
  const finding = (paragraph: number, excerpt: string, span?: { start: number; end: number }): Finding => ({
    rule: "duplicate-phrase",
    severity: "warning",
    message: "Lặp cụm từ",
    paragraph,
    excerpt,
    fixable: false,
    ...(span ? { span } : {}),
  });

  it("comments only where the paragraph still holds the finding's text", async () => {
    const word = fakeWord(fakeDocument([para("Đoạn đã sửa tay"), para("Trên đây là kế hoạch.")]));
    const count = await hostOn(word).addComments([
      finding(0, "Trên đây là kế hoạch.", { start: 0, end: 4 }),
      finding(1, "Trên đây là kế hoạch.", { start: 0, end: 4 }),
    ]);
    expect(count).toBe(1);
    expect(word.doc.paragraphs[0].comments).toEqual([]);
    expect(word.doc.paragraphs[1].comments).toHaveLength(1);
  });

  it("refuses to select a paragraph that no longer holds the finding's text", async () => {
    const word = fakeWord(fakeDocument([para("Đoạn đã sửa tay")]));
    await expect(hostOn(word).select(0, { start: 0, end: 4 }, "Trên đây")).rejects.toThrow(/đã thay đổi/);
    expect(word.doc.selection).toBeNull();
  });

  it("skips the automatic colour, which Font.color cannot set, instead of writing black", async () => {
    const word = fakeWord(fakeDocument([para("Chữ")]));
    const result = await hostOn(word).applyEdits([
      { kind: "setRunFormat", paragraph: 0, expectedText: "Chữ", format: { color: "auto" } },
    ]);
    expect(result.applied).toBe(0);
    expect(result.skipped[0].reason).toMatch(/Tự động/);
    expect(word.doc.paragraphs[0].font).toEqual({});
  });
});

describe("reading what is on screen", () => {
  const file = new Uint8Array(200_000);

  it("reads the file in 64 KB slices, which the iPad requires", async () => {
    const doc = withBehaviour(fakeDocument([para("A")]), { maxSliceSize: 64 * 1024 });
    const word = fakeWord(doc, { sets: ["WordApi 1.3", "CompressedFile"], file });
    const model = await hostOn(word, createModel({ paragraphs: ["A"] })).read();
    expect(model.meta.pageSetupFrom).toBe("file");
    expect(word.openFiles()).toBe(0);
  });

  it("falls back to the body's OOXML when getFileAsync fails (Word on the web, 11001)", async () => {
    const doc = withBehaviour(fakeDocument([para("A")]), { fileFails: true });
    const word = fakeWord(doc, { sets: ["WordApi 1.3", "CompressedFile"], file });
    const model = await hostOn(word).read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(["A"]);
    expect(model.meta.pageSetupFrom).toBe("unknown");
  });

  it("does not take the content from a saved file that differs from the text on screen", async () => {
    const word = fakeWord(fakeDocument([para("Đã sửa chưa lưu")]), {
      sets: ["WordApi 1.3", "CompressedFile"],
      file,
    });
    const model = await hostOn(word, createModel({ paragraphs: ["Bản đã lưu"] })).read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(["Đã sửa chưa lưu"]);
    expect(model.sections[0].page).toBeNull();
    expect(model.meta.pageSetupFrom).toBe("unknown");
  });
});
