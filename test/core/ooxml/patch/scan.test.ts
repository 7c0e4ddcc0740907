import { scanParagraphs } from "../../../../src/core/ooxml/patch";
import { documentXml, para, run } from "./fixtures";

const textBox = (text: string): string =>
  '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>' +
  para(run(text)) +
  "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" +
  para(run(text)) +
  "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";

describe("scanParagraphs", () => {
  it("counts body paragraphs as Word does: table cells in, text boxes out", () => {
    const xml = documentXml(
      para(run("Một")) +
        "<w:tbl><w:tr><w:tc>" +
        para(run("Ô 1")) +
        para(run("Ô 1b")) +
        "</w:tc><w:tc>" +
        para(run("Ô 2")) +
        "</w:tc></w:tr></w:tbl>" +
        para(run("Có hộp") + textBox("Trong hộp")) +
        "<w:p/>" +
        para(run("Cuối")),
    );
    const scan = scanParagraphs(xml, { bodyOnly: true });
    expect(scan.paragraphs.map((p) => p.text)).toEqual(["Một", "Ô 1", "Ô 1b", "Ô 2", "Có hộp", "", "Cuối"]);
    expect(scan.sections).toHaveLength(1);
  });

  it("reads tabs, breaks and field results but not instructions or deleted text", () => {
    const xml = documentXml(
      para(
        run("a") +
          "<w:r><w:tab/><w:t>b</w:t><w:br/></w:r>" +
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
          run("7") +
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="x">' +
          run("new") +
          "</w:ins>",
      ),
    );
    const [p] = scanParagraphs(xml, { bodyOnly: true }).paragraphs;
    expect(p.text).toBe("a\tb\n7new");
    const seven = p.runs.find((r) => p.text.slice(r.textStart, r.textEnd) === "7");
    expect(seven?.inField).toBe(true);
    expect(p.runs[p.runs.length - 1].inField).toBe(false);
  });

  it("finds each section's sectPr, including those inside a paragraph", () => {
    const xml = documentXml(
      para(run("A"), '<w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>') + para(run("B")),
    );
    const scan = scanParagraphs(xml, { bodyOnly: true });
    expect(scan.sections).toHaveLength(2);
    expect(xml.slice(scan.sections[0].start, scan.sections[0].end)).toContain('w:w="16838"');
    expect(xml.slice(scan.sections[1].start, scan.sections[1].end)).toContain('w:w="11906"');
  });
});
