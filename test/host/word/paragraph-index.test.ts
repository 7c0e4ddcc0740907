// A finding's paragraph index (from the reader) must name the same paragraph in Word's body.paragraphs:
// document order, table cells included, text boxes left out.
import { WordHost } from "../../../src/host/word/word-host";
import { docxOf, documentXml, para as p, run } from "../../core/ooxml/patch/fixtures";
import { fakeDocument, fakeWord, para } from "./fake-word";

const textBox = (text: string): string =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
  p(run(text)) +
  "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" +
  p(run(text)) +
  "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

const cell = (text: string): string => `<w:tc>${p(run(text))}</w:tc>`;

const file = docxOf(
  documentXml(
    '<w:tbl><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>' +
      `<w:tr>${cell("UBND TỈNH A")}${cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}</w:tr>` +
      `<w:tr>${cell("Số: 12/KH-UBND")}${cell("A, ngày 5 tháng 3 năm 2024")}</w:tr></w:tbl>` +
      p(run("KẾ HOẠCH") + textBox("Dự thảo")) +
      p(run("Trên đây là kế hoạch.")) +
      '<w:tbl><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>' +
      `<w:tr>${cell("Nơi nhận:")}</w:tr></w:tbl>` +
      p(run("- Lưu VT.")),
  ),
);

/** The same document as Word's body.paragraphs lists it. */
const wordParagraphs = () =>
  fakeDocument([
    para("UBND TỈNH A", { inTable: true }),
    para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { inTable: true }),
    para("Số: 12/KH-UBND", { inTable: true }),
    para("A, ngày 5 tháng 3 năm 2024", { inTable: true }),
    para("KẾ HOẠCH"),
    para("Trên đây là kế hoạch."),
    para("Nơi nhận:", { inTable: true }),
    para("- Lưu VT."),
  ]);

describe("paragraph indexes: reader ↔ Word", () => {
  it("reads the file through getFileAsync and every body index selects the same paragraph in Word", async () => {
    const word = fakeWord(wordParagraphs(), { file });
    const host = new WordHost(word.apis);
    const model = await host.read();
    const body = model.paragraphs.filter((x) => x.index !== null);
    expect(body).toHaveLength(word.doc.paragraphs.length);
    expect(model.paragraphs.some((x) => x.location === "textbox" && x.text === "Dự thảo")).toBe(true);
    for (const paragraph of body) {
      await host.select(paragraph.index as number);
      expect(word.doc.paragraphs[word.doc.selection!.paragraph].text).toBe(paragraph.text);
    }
  });

  it("an edit built from the model lands on the matching Word paragraph", async () => {
    const word = fakeWord(wordParagraphs(), { file });
    const host = new WordHost(word.apis);
    const target = (await host.read()).paragraphs.find((x) => x.text === "- Lưu VT.")!;
    const result = await host.applyEdits([
      {
        kind: "replaceText",
        paragraph: target.index as number,
        expectedText: target.text,
        start: 2,
        end: 9,
        replacement: "Lưu: VT.",
      },
    ]);
    expect(result.applied).toBe(1);
    expect(word.doc.paragraphs[7].text).toBe("- Lưu: VT.");
  });

  it("counts the paragraphs inside the content control an insertion leaves, in body order", async () => {
    const sdt = (text: string) =>
      `<w:sdt><w:sdtPr><w:tag w:val="vanthu-insert-1"/></w:sdtPr><w:sdtContent>${p(run(text))}</w:sdtContent></w:sdt>`;
    const withControl = docxOf(documentXml(p(run("Trước")) + sdt("Nơi nhận:") + p(run("Sau"))));
    const word = fakeWord(fakeDocument([para("Trước"), para("Nơi nhận:"), para("Sau")]), {
      file: withControl,
    });
    const model = await new WordHost(word.apis).read();
    expect(model.meta.pageSetupFrom).toBe("word");
    expect(model.paragraphs.slice(0, model.bodyCount).map((x) => [x.index, x.text])).toEqual([
      [0, "Trước"],
      [1, "Nơi nhận:"],
      [2, "Sau"],
    ]);
  });
});
