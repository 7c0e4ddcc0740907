import { readDocx } from "../../../src/core/ooxml/read";
import { docx, p, theme } from "./fixture";

const styles = `
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:jc w:val="both"/><w:ind w:firstLine="567"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Derived"><w:name w:val="Derived"/><w:basedOn w:val="Base"/>
    <w:pPr><w:ind w:left="720" w:hanging="360"/><w:spacing w:before="120"/></w:pPr>
    <w:rPr><w:color w:val="ff0000"/></w:rPr></w:style>
  <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:i/></w:rPr></w:style>`;

function read(body: string) {
  return readDocx(docx({ body, styles, theme: theme("Calibri", "Cambria") }));
}

describe("effective formatting", () => {
  it("resolves document defaults with theme fonts", () => {
    const m = read(p("Plain text"));
    expect(m.paragraphs[0].runs[0].format).toMatchObject({ font: "Calibri", size: 11, bold: false });
    expect(m.paragraphs[0].format.spacing).toEqual({ before: 0, after: 160, line: 259, lineRule: "auto" });
    expect(m.paragraphs[0].format.styleId).toBe("Normal");
  });

  it("follows basedOn chains for paragraph and run properties", () => {
    const m = read(p("Đoạn văn", '<w:pStyle w:val="Derived"/>'));
    const para = m.paragraphs[0];
    expect(para.format.alignment).toBe("both");
    // The derived style's hanging indent replaces the base's first-line indent.
    expect(para.format.indent).toEqual({ left: 720, right: 0, firstLine: -360 });
    expect(para.format.spacing.before).toBe(120);
    expect(para.format.spacing.after).toBe(160);
    expect(para.runs[0].format).toMatchObject({
      font: "Times New Roman",
      size: 14,
      bold: true,
      color: "FF0000",
    });
    expect(para.format.styleName).toBe("Derived");
  });

  it("flips a toggle set by both the paragraph and the character style, and lets direct formatting win", () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Base"/></w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>flipped</w:t></w:r>` +
      `<w:r><w:rPr><w:rStyle w:val="Strong"/><w:b/></w:rPr><w:t>direct</w:t></w:r></w:p>`;
    const runs = read(body).paragraphs[0].runs;
    expect(runs[0].format).toMatchObject({ bold: false, italic: true });
    expect(runs[1].format).toMatchObject({ bold: true, italic: true });
  });

  it.each(["false", "0", "off"])('honours w:val="%s" on on/off properties', (val) => {
    const m = read(
      p("x", '<w:pStyle w:val="Base"/>', `<w:b w:val="${val}"/><w:i w:val="1"/><w:caps w:val="true"/>`),
    );
    expect(m.paragraphs[0].runs[0].format).toMatchObject({ bold: false, italic: true, allCaps: true });
  });

  it("picks the hAnsi slot for Vietnamese letters and the ascii slot for ASCII text", () => {
    const rPr = '<w:rFonts w:ascii="Arial" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/>';
    const m = read(p("Việt", "", rPr) + p("Viet", "", rPr));
    expect(m.paragraphs[0].runs[0].format.font).toBe("Times New Roman");
    expect(m.paragraphs[1].runs[0].format.font).toBe("Arial");
    expect(m.paragraphs[0].runs[0].format.fontEastAsia).toBe("SimSun");
  });

  it("resolves major theme fonts and lets an explicit font at a lower level override a theme font", () => {
    const m = read(
      p("a", "", '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>') +
        p("b", "", '<w:rFonts w:ascii="Times New Roman"/>'),
    );
    expect(m.paragraphs[0].runs[0].format.font).toBe("Cambria");
    expect(m.paragraphs[1].runs[0].format.font).toBe("Times New Roman");
  });

  it("reads colours, underline, highlight, strike and vertical alignment", () => {
    const rPr =
      '<w:color w:val="auto"/><w:u w:val="none"/><w:highlight w:val="yellow"/><w:dstrike/><w:vertAlign w:val="superscript"/>';
    const f = read(p("x", "", rPr)).paragraphs[0].runs[0].format;
    expect(f).toMatchObject({
      color: "auto",
      underline: null,
      highlight: "yellow",
      strike: true,
      vertAlign: "superscript",
    });
    const g = read(p("y", "", '<w:u w:val="single"/><w:color w:val="1f3864"/>')).paragraphs[0].runs[0].format;
    expect(g).toMatchObject({ underline: "single", color: "1F3864" });
  });

  it("reads indents given as start/end and in universal measures", () => {
    const m = read(
      p("x", '<w:ind w:start="1cm" w:end="0.5in" w:firstLine="1.27cm"/><w:jc w:val="end"/>') +
        p("y", '<w:spacing w:before="6pt" w:line="360" w:lineRule="exact"/><w:jc w:val="center"/>'),
    );
    expect(m.paragraphs[0].format.indent).toEqual({ left: 567, right: 720, firstLine: 720 });
    expect(m.paragraphs[0].format.alignment).toBe("right");
    expect(m.paragraphs[1].format.spacing).toMatchObject({ before: 120, line: 360, lineRule: "exact" });
    expect(m.paragraphs[1].format.alignment).toBe("center");
  });

  it("resolves the paragraph mark's formatting and paragraph borders", () => {
    const body =
      '<w:p><w:pPr><w:pStyle w:val="Base"/><w:pBdr><w:bottom w:val="single" w:sz="6"/><w:top w:val="none"/></w:pBdr>' +
      '<w:rPr><w:sz w:val="26"/></w:rPr></w:pPr></w:p>';
    const para = read(body).paragraphs[0];
    expect(para.markFormat).toMatchObject({ font: "Times New Roman", size: 13, bold: true });
    expect(para.format.borders).toEqual({ top: false, bottom: true });
    expect(para.text).toBe("");
  });

  it("marks hidden text, and only hidden text", () => {
    const m = read(p("ẩn", "", "<w:vanish/>") + p("hiện", "", '<w:vanish w:val="0"/>'));
    expect(m.paragraphs[0].runs[0].format.hidden).toBe(true);
    expect(m.paragraphs[1].runs[0].format).not.toHaveProperty("hidden");
  });

  it("leaves font and size unknown when nothing sets them", () => {
    const m = readDocx(docx({ body: p("x") }));
    expect(m.paragraphs[0].runs[0].format).toMatchObject({ font: null, size: null, color: "auto" });
    expect(m.paragraphs[0].format.alignment).toBe("left");
  });
});
