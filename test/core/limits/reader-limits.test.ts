// Inputs past the limits of src/core/limits.ts, each built here: what made the reader or the checker exhaust memory
// or time is refused with one sentence, or read with bounded labels.
import { strToU8, zipSync } from "fflate";
import { LIMITS } from "../../../src/core/limits";
import { readDocx } from "../../../src/core/ooxml/read";
import { check } from "../../../src/core/rules/engine";
import { expectOneSentence, refusal } from "../../helpers/refusal";
import { docx, documentXml, p } from "../ooxml/fixture";

const list = (start: number, format: string): Uint8Array =>
  docx({
    body: `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p>`.repeat(
      3,
    ),
    numbering: `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
  });

describe("list start numbers", () => {
  it.each([
    [2147483647, "lowerLetter"],
    [13e9, "lowerLetter"],
    [13e9, "upperRoman"],
    [2147483647, "decimal"],
  ])("keeps every label of a list starting at %d (%s) within Word's 31 characters", (start, format) => {
    const model = readDocx(list(start, format));
    const labels = model.paragraphs.map((x) => x.list?.label ?? "");
    expect(labels).toHaveLength(3);
    for (const label of labels) {
      expect(label.length).toBeGreaterThan(1);
      expect(label.length).toBeLessThanOrEqual(LIMITS.listLabelChars + 1);
    }
    expect(check(model).length).toBeGreaterThan(0);
  });

  it("still numbers ordinary lists as Word does", () => {
    expect(readDocx(list(27, "lowerLetter")).paragraphs.map((x) => x.list?.label)).toEqual([
      "aa)",
      "bb)",
      "cc)",
    ]);
  });
});

describe("nesting", () => {
  const nestedTables = (depth: number): string => {
    let xml = p("ô trong cùng");
    for (let i = 0; i < depth; i++) xml = `<w:tbl><w:tr><w:tc>${xml}</w:tc></w:tr></w:tbl>`;
    return xml + p("sau bảng");
  };
  const nestedControls = (depth: number): string => {
    let xml = p("Đoạn  trong vùng");
    for (let i = 0; i < depth; i++) xml = `<w:sdt><w:sdtContent>${xml}</w:sdtContent></w:sdt>`;
    return xml;
  };

  it("refuses 55,000 nested tables at once, in one sentence", () => {
    const error = refusal(() => readDocx(docx({ body: nestedTables(55_000) })));
    expect(error.code).toBe("too-large");
    expect(error.message).toContain("lồng");
    expectOneSentence(error.message);
  });

  it("refuses 20,000 nested content controls", () => {
    expect(refusal(() => readDocx(docx({ body: nestedControls(20_000) }))).code).toBe("too-large");
  });

  it("reads tables nested as deep as real documents go", () => {
    const model = readDocx(docx({ body: nestedTables(10) }));
    expect(model.paragraphs.map((x) => x.text)).toEqual(["ô trong cùng", "sau bảng"]);
  });
});

describe("size", () => {
  it(`refuses more than ${LIMITS.paragraphs} paragraphs, even when they zip to almost nothing`, () => {
    const bytes = zipSync(
      {
        "_rels/.rels": strToU8(
          `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        ),
        "word/document.xml": strToU8(documentXml(p("a  ,b").repeat(LIMITS.paragraphs * 3))),
      },
      { level: 9 },
    );
    expect(bytes.length).toBeLessThan(200_000);
    const error = refusal(() => readDocx(bytes));
    expect(error.message).toContain("100.000 đoạn");
    expectOneSentence(error.message);
  });

  it("reads a paragraph of 4 MB", () => {
    const text = "Lời  văn ,dài ".repeat(300_000);
    const model = readDocx(docx({ body: p(text) }));
    expect(model.paragraphs[0].text.length).toBe(text.length);
  });
});
