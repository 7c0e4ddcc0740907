import { readDocx, readFlatOpc } from "../../../src/core/ooxml/read";
import { A4_SECT, docx, flatOpc, p, type PackageSpec } from "./fixture";

const tc = (inner: string, tcPr = ""): string =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ""}${inner}</w:tc>`;
const tbl = (rows: string[][], tblPr = ""): string =>
  `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${rows.map((r) => `<w:tr>${r.join("")}</w:tr>`).join("")}</w:tbl>`;
const NO_BORDERS =
  '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';

/** A paragraph anchoring a text box, written as Word does: a wps shape in mc:Choice, the same box in VML as Fallback. */
const textBoxParagraph = (anchorText: string, boxText: string): string =>
  `<w:p><w:r><w:t>${anchorText}</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>` +
  `<wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>${p(boxText)}</w:txbxContent></wps:txbx></wps:wsp>` +
  `</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>${p(boxText)}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;

const wpsLine = (prst: string): string =>
  `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:xfrm><a:ext cx="571500" cy="0"/></a:xfrm><a:prstGeom prst="${prst}"><a:avLst/></a:prstGeom></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

describe("body paragraphs in Word's body.paragraphs order", () => {
  const body =
    p("before") +
    tbl(
      [
        [tc(p("A1") + p("A1b")), tc(tbl([[tc(p("nested"))]]) + p("after nested"))],
        [
          tc(textBoxParagraph("B1", "in box")),
          tc(p("B2"), '<w:gridSpan w:val="2"/><w:tcW w:w="4000" w:type="dxa"/>'),
        ],
      ],
      NO_BORDERS,
    ) +
    textBoxParagraph("anchor", "box text") +
    p("last") +
    A4_SECT;
  const model = readDocx(docx({ body }));

  it("counts table cells and nested tables, not text boxes", () => {
    const bodyTexts = model.paragraphs.slice(0, model.bodyCount).map((x) => x.text);
    expect(bodyTexts).toEqual([
      "before",
      "A1",
      "A1b",
      "nested",
      "after nested",
      "B1",
      "B2",
      "anchor",
      "last",
    ]);
    model.paragraphs.slice(0, model.bodyCount).forEach((x, i) => {
      expect(x.index).toBe(i);
      expect(x.id).toBe(i);
      expect(x.location).toBe("body");
    });
  });

  it("keeps text-box paragraphs apart, once each (the VML fallback is not read again)", () => {
    const boxes = model.paragraphs.filter((x) => x.location === "textbox");
    expect(boxes.map((x) => x.text)).toEqual(["in box", "box text"]);
    expect(boxes.every((x) => x.index === null && x.id >= model.bodyCount)).toBe(true);
  });

  it("records tables with their cells, nesting and borders", () => {
    expect(model.tables).toHaveLength(2);
    const [outer, nested] = model.tables;
    expect(outer).toMatchObject({ index: 0, depth: 0, hasBorders: false, section: 0 });
    expect(nested).toMatchObject({ index: 1, depth: 1 });
    expect(outer.rows[0].cells[0].paragraphs).toEqual([1, 2]);
    expect(outer.rows[0].cells[1].paragraphs).toEqual([4]);
    expect(nested.rows[0].cells[0].paragraphs).toEqual([3]);
    expect(outer.rows[1].cells[1]).toMatchObject({ gridSpan: 2, width: 4000, paragraphs: [6] });
    expect(model.paragraphs[3].cell).toEqual({ table: 1, row: 0, col: 0 });
    expect(model.paragraphs[6].cell).toEqual({ table: 0, row: 1, col: 1 });
    expect(model.paragraphs[0].cell).toBeNull();
  });

  it("sees borders from the table, the table style or a cell", () => {
    const styles =
      '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders></w:tblPr></w:style>';
    const grid = tbl([[tc(p("x"))]], '<w:tblStyle w:val="TableGrid"/>');
    const plain = tbl([[tc(p("y"))], [tc(p("z"), '<w:tcBorders><w:bottom w:val="single"/></w:tcBorders>')]]);
    const m = readDocx(docx({ body: grid + plain, styles }));
    expect(m.tables.map((t) => t.hasBorders)).toEqual([true, true]);
    expect(m.tables[1].rows.map((r) => r.cells[0].hasBorders)).toEqual([false, true]);
  });
});

describe("drawings", () => {
  it("marks straight line shapes and connectors, not rectangles", () => {
    const vmlLine = '<w:p><w:r><w:pict><v:line from="0,0" to="100pt,0"/></w:pict></w:r></w:p>';
    const vmlConnector =
      '<w:p><w:r><w:pict><v:shape type="#_x0000_t32" o:connectortype="straight" style="width:100pt"/></w:pict></w:r></w:p>';
    const m = readDocx(
      docx({
        body: wpsLine("line") + wpsLine("straightConnector1") + wpsLine("rect") + vmlLine + vmlConnector,
      }),
    );
    expect(m.paragraphs.map((x) => x.runs[0].kind)).toEqual([
      "drawing",
      "drawing",
      "drawing",
      "drawing",
      "drawing",
    ]);
    expect(m.paragraphs.map((x) => x.runs[0].isLine === true)).toEqual([true, true, false, true, true]);
  });
});

describe("runs and text", () => {
  it("keeps text exactly as stored, with tabs, breaks and symbols", () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Phong trào“Toàn  dân </w:t><w:tab/><w:t>x</w:t><w:br/></w:r>' +
      '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r><w:r><w:noBreakHyphen/></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      "<w:ins><w:r><w:t>new</w:t></w:r></w:ins></w:p>";
    const para = readDocx(docx({ body })).paragraphs[0];
    expect(para.text).toBe("Phong trào“Toàn  dân \tx\n\uf0b7\u2011new");
    expect(para.runs.map((r) => [r.kind, r.start])).toEqual([
      ["text", 0],
      ["tab", 21],
      ["text", 22],
      ["break", 23],
      ["symbol", 24],
      ["text", 25],
      ["text", 26],
    ]);
  });

  it("reads field results as their shown text and complex fields by their instruction", () => {
    const body =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>10/01/2017</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>';
    const para = readDocx(docx({ body })).paragraphs[0];
    expect(para.text).toBe("10/01/20173");
    expect(para.runs.map((r) => [r.kind, r.fieldCode])).toEqual([
      ["field", 'DATE \\@ "dd/MM/yyyy"'],
      ["field", "NUMPAGES"],
    ]);
  });
});

describe("sections, headers, footers and page numbers", () => {
  const pageField =
    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
  const spec: PackageSpec = {
    body:
      p("one") +
      `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:headerReference w:type="first" r:id="rH2"/><w:footerReference w:type="default" r:id="rF1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/><w:titlePg/></w:sectPr></w:pPr><w:r><w:t>end of one</w:t></w:r></w:p>` +
      p("landscape") +
      `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1.5cm" w:right="850" w:bottom="1134" w:left="1701"/><w:pgNumType w:fmt="upperRoman"/></w:sectPr>`,
    parts: [
      { name: "header1.xml", type: "header", id: "rH1", xml: pageField },
      { name: "header2.xml", type: "header", id: "rH2", xml: p("1", '<w:jc w:val="center"/>') },
      { name: "footer1.xml", type: "footer", id: "rF1", xml: '<w:p><w:fldSimple w:instr="PAGE"/></w:p>' },
    ],
    footnotes:
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1">' +
      p("Chú thích") +
      "</w:footnote>",
  };

  it("reads page setup per section, with orientation and measures", () => {
    const m = readDocx(docx(spec));
    expect(m.sections).toHaveLength(2);
    expect(m.sections[0].page).toMatchObject({ width: 11906, height: 16838, orientation: "portrait" });
    expect(m.sections[0].page!.margins).toMatchObject({ top: 1134, left: 1701, right: 850, header: 720 });
    expect(m.sections[1].page).toMatchObject({ orientation: "landscape", width: 16838 });
    expect(m.sections[1].page!.margins.top).toBe(850);
    expect(m.sections.map((s) => [s.firstParagraph, s.lastParagraph])).toEqual([
      [0, 1],
      [2, 2],
    ]);
    expect(m.paragraphs.slice(0, m.bodyCount).map((x) => x.section)).toEqual([0, 0, 1]);
  });

  it("finds PAGE fields with their alignment, and numbers typed by hand", () => {
    const m = readDocx(docx(spec));
    const [first, second] = m.sections;
    expect(first.titlePage).toBe(true);
    expect(first.pageNumbers.map((f) => [f.kind, f.type, f.part, f.alignment, f.format])).toEqual([
      ["header", "default", "word/header1.xml", "center", "decimal"],
      ["footer", "default", "word/footer1.xml", "left", "decimal"],
    ]);
    const literal = m.paragraphs[first.literalPageNumbers[0]];
    expect(literal).toMatchObject({ text: "1", location: "header", part: "word/header2.xml", index: null });
    // The second section inherits the headers and footers and shows no first-page header.
    expect(second.headerFooter.map((r) => r.part).sort()).toEqual([
      "word/footer1.xml",
      "word/header1.xml",
      "word/header2.xml",
    ]);
    expect(second.pageNumbers.map((f) => [f.part, f.format])).toEqual([
      ["word/header1.xml", "upperRoman"],
      ["word/footer1.xml", "upperRoman"],
    ]);
    expect(second.literalPageNumbers).toEqual([]);
  });

  it("keeps header, footer and footnote paragraphs outside the body, separators skipped", () => {
    const m = readDocx(docx(spec));
    const outside = m.paragraphs.slice(m.bodyCount);
    expect(outside.map((x) => [x.location, x.text])).toEqual([
      ["header", "2"],
      ["header", "1"],
      ["footer", ""],
      ["footnote", "Chú thích"],
    ]);
    expect(outside.every((x) => x.index === null)).toBe(true);
  });

  it("gives the same model from the flat OPC package", () => {
    const fromZip = readDocx(docx(spec));
    const fromFlat = readFlatOpc(flatOpc(spec));
    expect(fromFlat.meta.source).toBe("flat-opc");
    expect({ ...fromFlat, meta: null }).toEqual({ ...fromZip, meta: null });
  });

  it("places a PAGE field set by a tab on the tab stop it lands on", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>';
    const field = '<w:fldSimple w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>';
    const header = (tabs: number, pPr = "") =>
      `<w:p><w:pPr><w:pStyle w:val="Header"/>${pPr}</w:pPr>${"<w:r><w:tab/></w:r>".repeat(tabs)}${field}</w:p>`;
    const read = (xml: string) =>
      readDocx(
        docx({
          body: p("x") + '<w:sectPr><w:headerReference w:type="default" r:id="rH"/></w:sectPr>',
          styles,
          parts: [{ name: "header1.xml", type: "header", id: "rH", xml }],
        }),
      ).sections[0].pageNumbers.map((f) => f.alignment);
    expect(read(header(1))).toEqual(["center"]);
    expect(read(header(2))).toEqual(["right"]);
    expect(read(header(0))).toEqual(["left"]);
    // A cleared stop no longer counts: the tab then reaches the right stop.
    expect(read(header(1, '<w:tabs><w:tab w:val="clear" w:pos="4680"/></w:tabs>'))).toEqual(["right"]);
  });

  it("reads a section without page setup as unknown", () => {
    const m = readDocx(docx({ body: p("x") }));
    expect(m.sections).toHaveLength(1);
    expect(m.sections[0].page).toBeNull();
  });
});

describe("document state", () => {
  it("reports tracked changes, revisions, protection and signatures", () => {
    const settings = '<w:trackRevisions/><w:documentProtection w:edit="readOnly" w:enforcement="1"/>';
    const signed = docx({
      body: "<w:p><w:ins><w:r><w:t>x</w:t></w:r></w:ins></w:p>",
      settings,
      raw: { "_xmlsignatures/sig1.xml": new TextEncoder().encode("<Signature/>") },
    });
    expect(readDocx(signed).meta).toMatchObject({
      trackChanges: true,
      hasRevisions: true,
      protected: true,
      signed: true,
    });
    const plain = readDocx(
      docx({
        body: p("x"),
        settings: '<w:trackRevisions w:val="false"/><w:documentProtection w:enforcement="0"/>',
      }),
    );
    expect(plain.meta).toMatchObject({
      trackChanges: false,
      hasRevisions: false,
      protected: false,
      signed: false,
      source: "docx",
    });
    expect(plain.meta.documentXmlBytes).toBeGreaterThan(0);
  });

  it("reads parts that use other namespace prefixes", () => {
    const xml =
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:pPr><x:jc x:val="center"/></x:pPr><x:r><x:rPr><x:b/></x:rPr><x:t>Khác</x:t></x:r></x:p></x:body></x:document>';
    const bytes = docx({ body: "", raw: { "word/document.xml": new TextEncoder().encode(xml) } });
    const para = readDocx(bytes).paragraphs[0];
    expect(para.text).toBe("Khác");
    expect(para.format.alignment).toBe("center");
    expect(para.runs[0].format.bold).toBe(true);
  });
});

describe("progress", () => {
  it("reports the main document's progress up to its total, from the zip and from flat OPC", () => {
    const spec = { body: Array.from({ length: 200 }, (_, i) => p(`Đoạn ${i}`)).join("") };
    const calls: [number, number][] = [];
    readDocx(docx(spec), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[calls.length - 1][0]).toBe(calls[calls.length - 1][1]);
    const flat: [number, number][] = [];
    readFlatOpc(flatOpc(spec), { onProgress: (done, total) => flat.push([done, total]) });
    expect(flat[flat.length - 1][0]).toBe(flat[flat.length - 1][1]);
  });
});
