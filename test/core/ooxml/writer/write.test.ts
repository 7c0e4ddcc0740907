import { strFromU8, unzipSync } from "fflate";
import type { Block, DocumentSpec } from "../../../../src/core/model/blocks";
import { a4Page } from "../../../../src/core/model/create";
import { writeDocx, writeFragment } from "../../../../src/core/ooxml/write";
import { assertWellFormed, elementNames } from "./xml-check";

const blocks: Block[] = [
  {
    kind: "table",
    borders: false,
    role: "header",
    columns: [3685, 5670],
    rows: [
      {
        cells: [
          {
            width: 3685,
            blocks: [
              {
                kind: "paragraph",
                runs: [{ text: "SỞ NỘI VỤ", bold: true }],
                size: 13,
                lineUnder: { fraction: 0.4 },
              },
            ],
          },
          { width: 5670, blocks: [] },
        ],
      },
    ],
  },
  {
    kind: "paragraph",
    runs: [{ text: "Thực hiện " }, { text: "[nội dung]", placeholder: true }, { text: "./." }],
    align: "both",
    indent: { firstLine: 720 },
    spacingAfter: 6,
  },
];

const spec: DocumentSpec = { blocks, page: a4Page(), pageNumbers: true, bodySize: 14, title: "Kế hoạch" };

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

describe("writeDocx", () => {
  const files = parts(writeDocx(spec));
  const doc = files["word/document.xml"];

  it("writes the parts of a package, each well-formed", () => {
    for (const name of [
      "[Content_Types].xml",
      "_rels/.rels",
      "word/document.xml",
      "word/_rels/document.xml.rels",
      "word/styles.xml",
      "word/settings.xml",
      "word/header1.xml",
      "word/header2.xml",
    ]) {
      expect(files[name]).toBeDefined();
      assertWellFormed(files[name]);
    }
    expect(files["[Content_Types].xml"]).toContain('PartName="/word/header1.xml"');
  });

  it("sets A4 with NĐ 30 margins and hides the page number on page 1", () => {
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc).toContain("<w:titlePg/>");
    expect(doc).toContain('w:type="first"');
    expect(files["word/header1.xml"]).toContain(" PAGE ");
    expect(files["word/header1.xml"]).toContain('<w:jc w:val="center"/>');
    expect(files["word/header2.xml"]).not.toContain("PAGE");
  });

  it("formats every run directly in Times New Roman, black", () => {
    const runs = doc.match(/<w:r>.*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(3);
    for (const r of runs) {
      expect(r).toContain('w:ascii="Times New Roman"');
      expect(r).toContain('<w:color w:val="000000"/>');
    }
    expect(doc).toContain('<w:sz w:val="26"/>');
  });

  it("draws the line under as a wps line with a VML fallback", () => {
    expect(doc).toContain('<mc:Choice Requires="wps">');
    expect(doc).toContain('<a:prstGeom prst="line">');
    expect(doc).toContain("<v:line ");
    expect(doc).toContain('<wp:positionH relativeFrom="column"><wp:align>center</wp:align>');
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(doc)?.[1]);
    // "SỞ NỘI VỤ" at 13 pt bold is about 1.3 inch wide; 0.4 of it is around 0.5 inch (457200 EMU).
    expect(cx).toBeGreaterThan(300000);
    expect(cx).toBeLessThan(700000);
  });

  it("writes borderless tables and a paragraph after a closing table", () => {
    expect(doc).toMatch(/<w:tblBorders><w:top w:val="nil"\/>/);
    expect(doc).not.toContain('w:val="single"');
    expect(doc).toMatch(/<\/w:tbl><w:p>/);
  });

  it("highlights placeholders and keeps justified first-line indents", () => {
    expect(doc).toMatch(/<w:highlight w:val="yellow"\/>.*?\[nội dung\]/);
    expect(doc).toContain('<w:ind w:left="0" w:right="0" w:firstLine="720"/>');
    expect(doc).toContain('<w:jc w:val="both"/>');
  });

  it("gives drawings unique ids", () => {
    const two = parts(writeDocx({ ...spec, blocks: [...blocks, ...blocks] }))["word/document.xml"];
    const ids = [...two.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("writeFragment", () => {
  const xml = writeFragment(blocks, { bodySize: 14 });

  it("is a well-formed flat OPC package with rels, document and styles parts", () => {
    assertWellFormed(xml);
    expect(xml).toContain('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">');
    for (const name of [
      "/_rels/.rels",
      "/word/document.xml",
      "/word/styles.xml",
      "/word/_rels/document.xml.rels",
    ]) {
      expect(xml).toContain(`pkg:name="${name}"`);
    }
  });

  it("holds exactly the blocks: no section properties, no trailing empty paragraph", () => {
    expect(xml).not.toContain("w:sectPr");
    const body = /<w:body>(.*)<\/w:body>/s.exec(xml)?.[1] ?? "";
    const top = elementNames(
      `<x xmlns:w="w" xmlns:wp="wp" xmlns:a="a" xmlns:wps="wps" xmlns:mc="mc" xmlns:v="v" xmlns:o="o">${body}</x>`,
    );
    expect(top.filter((n) => n === "w:tbl")).toHaveLength(1);
    expect(body.endsWith("</w:p>")).toBe(true);
    expect(body).toMatch(/\.\/\.<\/w:t><\/w:r><\/w:p>$/);
  });

  it("writes a table-only fragment without adding a paragraph", () => {
    const t = writeFragment([blocks[0]]);
    expect(/<w:body>(.*)<\/w:body>/s.exec(t)?.[1].endsWith("</w:tbl>")).toBe(true);
  });
});
