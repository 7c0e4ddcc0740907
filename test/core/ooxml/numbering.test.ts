import { readDocx } from "../../../src/core/ooxml/read";
import { docx, p } from "./fixture";

const lvl = (ilvl: number, fmt: string, text: string, start = 1, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;

const numbering = `
  <w:abstractNum w:abstractNumId="0">
    ${lvl(0, "upperRoman", "%1.")}${lvl(1, "decimal", "%2.")}${lvl(2, "decimal", "%2.%3.")}${lvl(3, "lowerLetter", "%4)")}
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "-")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, "decimal", "Điều %1.", 1, "<w:isLgl/>")}${lvl(1, "lowerRoman", "%1.%2")}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>`;

const styles = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:style>`;

const item = (text: string, numId: number, ilvl: number, extra = ""): string =>
  p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>${extra}`);

const labels = (body: string): (string | null)[] =>
  readDocx(docx({ body, numbering, styles })).paragraphs.map((x) => x.list?.label ?? null);

describe("list labels from numbering.xml", () => {
  it("numbers a plan's parts and items as Word shows them, restarting deeper levels", () => {
    const body =
      item("MỤC ĐÍCH", 1, 0) +
      item("Một", 1, 1) +
      item("Một một", 1, 2) +
      item("Một hai", 1, 2) +
      item("điểm", 1, 3) +
      item("điểm", 1, 3) +
      item("NỘI DUNG", 1, 0) +
      item("Một", 1, 1) +
      item("Hai", 1, 1) +
      item("Hai một", 1, 2);
    expect(labels(body)).toEqual(["I.", "1.", "1.1.", "1.2.", "a)", "b)", "II.", "1.", "2.", "2.1."]);
  });

  it("reports the level and format with the label", () => {
    const m = readDocx(docx({ body: item("x", 1, 0) + item("y", 2, 0), numbering, styles }));
    expect(m.paragraphs[0].list).toEqual({ numId: 1, level: 0, label: "I.", format: "upperRoman" });
    expect(m.paragraphs[1].list).toEqual({ numId: 2, level: 0, label: "-", format: "bullet" });
    expect(m.paragraphs[0].text).toBe("x");
  });

  it("continues a list across w:num instances of one abstract list, and restarts on startOverride", () => {
    const body = item("a", 1, 0) + item("b", 1, 0) + item("c", 3, 0) + item("d", 4, 0) + item("e", 4, 0);
    expect(labels(body)).toEqual(["I.", "II.", "III.", "V.", "VI."]);
  });

  it("ignores numId 0 and unknown lists, and uses decimal for legal numbering", () => {
    const body = item("a", 0, 0) + item("b", 99, 0) + item("c", 5, 0) + item("d", 5, 1);
    expect(labels(body)).toEqual([null, null, "Điều 1.", "1.i"]);
  });

  it("counts lists that come from the paragraph style, keeping the style's indent", () => {
    const m = readDocx(
      docx({
        body: p("A", '<w:pStyle w:val="Muc"/>') + p("B", '<w:pStyle w:val="Muc"/>'),
        numbering,
        styles,
      }),
    );
    expect(m.paragraphs.map((x) => x.list?.label)).toEqual(["I.", "II."]);
    expect(m.paragraphs[0].format.indent).toEqual({ left: 0, right: 0, firstLine: 567 });
  });

  it("applies the level's indent to a directly numbered paragraph unless the paragraph sets its own", () => {
    const m = readDocx(
      docx({
        body: item("a", 1, 1) + item("b", 1, 1, '<w:ind w:left="0" w:firstLine="720"/>'),
        numbering,
        styles,
      }),
    );
    expect(m.paragraphs[0].format.indent).toEqual({ left: 720, right: 0, firstLine: -360 });
    expect(m.paragraphs[1].format.indent).toEqual({ left: 0, right: 0, firstLine: 720 });
  });
});
