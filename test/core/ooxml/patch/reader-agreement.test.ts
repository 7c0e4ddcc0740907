// The patcher must find the same paragraph, with the same text, that the reader gave a finding's index to.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { mainPartName, patchDocx, scanParagraphs } from "../../../../src/core/ooxml/patch";
import type { Edit } from "../../../../src/core/rules/types";
import { readDocx } from "../../../../src/core/ooxml/read";
import { docxOf, documentXml, para, run } from "./fixtures";

const CORPUS = "/work/shared/corpus/external";
const files = [
  ...readdirSync(CORPUS).flatMap((dir) =>
    readdirSync(join(CORPUS, dir))
      .filter((f) => f.endsWith(".docx"))
      .map((f) => join(CORPUS, dir, f)),
  ),
  ...readdirSync("assets/sample")
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join("assets/sample", f)),
  // The sample plan saved by LibreOffice (docx → odt → docx), whose XML is written differently from Word's.
  join(__dirname, "fixtures", "libreoffice-ke-hoach.docx"),
];

function agree(bytes: Uint8Array): void {
  const model = readDocx(bytes);
  const zip = unzipSync(bytes);
  const scan = scanParagraphs(strFromU8(zip[mainPartName(zip)]), { bodyOnly: true });
  const body = model.paragraphs.filter((p) => p.index !== null);
  expect(scan.paragraphs.map((p) => p.text)).toEqual(body.map((p) => p.text));
  expect(scan.sections).toHaveLength(model.sections.length);
}

describe("patch scan agrees with the reader", () => {
  it.each(files)("%s", (file) => agree(new Uint8Array(readFileSync(file))));

  it("on tables, text boxes, fields, revisions, symbols and alternate content", () => {
    const txbx = (t: string): string =>
      '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
      para(run(t)) +
      "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" +
      para(run(t)) +
      "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    const xml = documentXml(
      para(run("Đầu") + txbx("Hộp")) +
        '<w:tbl><w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid><w:tr><w:tc>' +
        para(
          run("Ô") +
            '<w:r><w:tab/><w:t>x</w:t><w:br/><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>',
        ) +
        "</w:tc></w:tr></w:tbl>" +
        para(
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
            run("2") +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
            '<w:del w:id="1" w:author="a"><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">' +
            run("thêm") +
            '</w:ins><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:noBreakHyphen/><w:softHyphen/></w:r>' +
            '<w:fldSimple w:instr="NUMPAGES">' +
            run("9") +
            "</w:fldSimple>",
        ),
    );
    agree(docxOf(xml));
  });
});

describe("patched documents re-read as asked", () => {
  it.each(files)("%s", (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const model = readDocx(bytes);
    const body = model.paragraphs.filter((p) => p.index !== null);
    const edits: Edit[] = [];
    for (const p of body) {
      edits.push({
        kind: "setRunFormat",
        paragraph: p.index as number,
        expectedText: p.text,
        format: { font: "Times New Roman", size: 13 },
      });
      const at = p.text.search(/\S/);
      if (at >= 0 && !p.runs.some((r) => r.kind === "field" && r.start <= at && at < r.start + r.text.length))
        edits.push({
          kind: "replaceText",
          paragraph: p.index as number,
          expectedText: p.text,
          start: at,
          end: at + 1,
          replacement: "§",
        });
    }
    edits.push({ kind: "setPageSetup", section: 0, page: { margins: { left: 1701, right: 850 } } });
    const patched = patchDocx(bytes, edits);
    expect(patched.skipped).toEqual([]);
    const after = readDocx(patched.bytes);
    const afterBody = after.paragraphs.filter((p) => p.index !== null);
    expect(afterBody).toHaveLength(body.length);
    afterBody.forEach((p, i) => {
      const at = body[i].text.search(/\S/);
      const expected = at >= 0 ? body[i].text.slice(0, at) + "§" + body[i].text.slice(at + 1) : body[i].text;
      expect(p.text).toBe(expected);
      for (const r of p.runs.filter((r) => r.kind === "text" && r.text.trim()))
        expect([r.format.font, r.format.size]).toEqual(["Times New Roman", 13]);
    });
    expect(after.sections[0].page?.margins).toMatchObject({ left: 1701, right: 850 });
    // Paragraphs outside the body are not touched.
    expect(after.paragraphs.filter((p) => p.index === null).map((p) => p.text)).toEqual(
      model.paragraphs.filter((p) => p.index === null).map((p) => p.text),
    );
  });
});
