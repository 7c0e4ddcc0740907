// The host contract — what the pane and the CLI rely on from any DocumentHost — run against the fake Word in the
// three configurations it is used in: Word on the web, Windows desktop and the iPad, each with its requirement
// sets and documented behaviours switched on (fake-word.ts, WORD_CONFIGURATIONS). Sync counts are part of it.
import { createModel } from "../../../src/core/model/create";
import { readFlatOpc } from "../../../src/core/ooxml/read";
import type { Edit } from "../../../src/core/rules/types";
import { WordHost } from "../../../src/host/word/word-host";
import { WORD_CONFIGURATIONS, fakeDocument, fakeWord, para, type WordConfiguration } from "./fake-word";

jest.mock("../../../src/core/ooxml/write", () => ({
  writeFragment: (blocks: { kind: string; runs?: { text: string }[] }[]) =>
    "FAKE-BLOCKS:" + JSON.stringify(blocks.map((b) => (b.runs ?? []).map((r) => r.text).join(""))),
}));

/** The document as the reader gives it: a header table, a line break, a plan paragraph. */
const TEXTS = [
  "UBND TỈNH A",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Số: 12/KH-UBND\nHà Nội",
  "Trên đây là kế hoạch.",
];

function open(config: WordConfiguration) {
  const doc = fakeDocument([
    para(TEXTS[0], { inTable: true }),
    para(TEXTS[1], { inTable: true }),
    para(TEXTS[2]),
    para(TEXTS[3]),
  ]);
  doc.behaviour = { ...config.behaviour };
  const word = fakeWord(doc, { sets: config.sets, file: new Uint8Array(150_000), platform: config.platform });
  const host = new WordHost(word.apis, {
    docx: () => createModel({ paragraphs: TEXTS }),
    flatOpc: readFlatOpc,
  });
  return { word, host, texts: () => doc.paragraphs.map((p) => p.text) };
}

const blocks = [
  { kind: "paragraph" as const, runs: [{ text: "Nơi nhận:" }] },
  { kind: "paragraph" as const, runs: [{ text: "- Lưu: VT." }], align: "left" as const },
];

describe.each(WORD_CONFIGURATIONS)("the host contract in $name", (config) => {
  it("reads the paragraphs in Word's order with table cells, saying where page setup came from", async () => {
    const { word, host } = open(config);
    const model = await host.read();
    expect(model.paragraphs.slice(0, model.bodyCount).map((p) => p.text)).toEqual(TEXTS);
    const expected = config.sets.includes("WordApiDesktop 1.3")
      ? "word"
      : config.behaviour.fileFails
        ? "unknown"
        : "file";
    expect(model.meta.pageSetupFrom).toBe(expected);
    expect(word.runs).toEqual(expected === "word" ? [2] : [1]);
  });

  it("applies tracked edits in 3 syncs and restores them in 3, back to the text it had", async () => {
    const { word, host, texts } = open(config);
    const edits: Edit[] = [
      {
        kind: "replaceText",
        paragraph: 2,
        expectedText: TEXTS[2],
        start: 15,
        end: 21,
        replacement: "\nĐà Nẵng",
      },
      {
        kind: "replaceText",
        paragraph: 3,
        expectedText: TEXTS[3],
        start: 12,
        end: 20,
        replacement: "báo cáo",
      },
      { kind: "setParagraphFormat", paragraph: 0, expectedText: TEXTS[0], format: { alignment: "center" } },
    ];
    const result = await host.applyEdits(edits, { trackChanges: true });
    expect(result.skipped).toEqual([]);
    expect(result.applied).toBe(3);
    expect(word.runs).toEqual([3]);
    expect(await host.restore(result.saved!)).toEqual({ restored: 3, skipped: 0 });
    expect(word.runs).toEqual([3, 3]);
    expect(texts()).toEqual(TEXTS);
  });

  it("skips a target the user changed since the check, with the reason", async () => {
    const { word, host, texts } = open(config);
    word.doc.paragraphs[3].text = "Người dùng đã sửa.";
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 3,
      expectedText: TEXTS[3],
      start: 0,
      end: 4,
      replacement: "X",
    };
    const result = await host.applyEdits([edit]);
    expect(result).toEqual({
      applied: 0,
      skipped: [{ edit, reason: expect.stringMatching(/đã thay đổi/) }],
      saved: null,
    });
    expect(texts()[3]).toBe("Người dùng đã sửa.");
    expect(word.runs).toEqual([1]);
  });

  it("inserts at the cursor in 3 syncs and undoes exactly that in 3", async () => {
    const { word, host, texts } = open(config);
    word.doc.selection = { paragraph: 3, start: 5, end: 5 };
    const result = await host.insert(blocks, "selection");
    expect(texts()).toEqual([...TEXTS, "Nơi nhận:", "- Lưu: VT."]);
    expect(result.firstParagraph).toBe(4);
    expect(word.doc.paragraphs[5].props).toMatchObject({ alignment: "Left" });
    expect(await host.restore(result.saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(texts()).toEqual(TEXTS);
    expect(word.runs).toEqual([3, 3]);
  });

  // "Thêm phần bản sao" appends after the last part of the document, wherever the cursor is.
  it("inserts at the end with the cursor elsewhere in 3 syncs and undoes exactly that in 3", async () => {
    const { word, host, texts } = open(config);
    word.doc.selection = { paragraph: 0, start: 2, end: 2 };
    const result = await host.insert(blocks, "end", "Thêm phần bản sao (SAO Y)");
    expect(texts()).toEqual([...TEXTS, "Nơi nhận:", "- Lưu: VT."]);
    expect(result.firstParagraph).toBe(TEXTS.length);
    expect(result.saved?.label).toBe("Thêm phần bản sao (SAO Y)");
    expect(await host.restore(result.saved!)).toEqual({ restored: 1, skipped: 0 });
    expect(texts()).toEqual(TEXTS);
    expect(word.runs).toEqual([3, 3]);
  });

  it("selects a span, and comments on it (WordApi 1.4)", async () => {
    const { word, host } = open(config);
    await host.select(3, { start: 12, end: 20 }, TEXTS[3]);
    expect(word.doc.selection).toEqual({ paragraph: 3, start: 12, end: 20 });
    const count = await host.addComments([
      {
        rule: "duplicate-phrase",
        severity: "warning",
        message: "Lặp",
        paragraph: 2,
        excerpt: TEXTS[2],
        span: { start: 0, end: 20 },
        fixable: false,
      },
    ]);
    expect(count).toBe(1);
    expect(word.doc.paragraphs[2].comments).toEqual([{ start: 0, end: 20, text: "[duplicate-phrase] Lặp" }]);
    expect(word.runs).toEqual([3, 3]);
  });
});
