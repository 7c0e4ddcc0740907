// The patcher must find the same paragraph, with the same text, that the reader gave a finding's index to.
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { mainPartName, scanParagraphs } from "../../../../src/core/ooxml/patch";
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
