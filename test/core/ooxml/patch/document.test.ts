import { patchDocumentXml, restoreDocumentXml, scanParagraphs } from "../../../../src/core/ooxml/patch";
import type { Edit } from "../../../../src/core/rules/types";
import { documentXml, para, run } from "./fixtures";

/** Each run of paragraph i as [text, rPr XML]. */
function runsOf(xml: string, i: number): [string, string][] {
  const p = scanParagraphs(xml, { bodyOnly: true }).paragraphs[i];
  return p.runs.map((r) => [
    p.text.slice(r.textStart, r.textEnd),
    r.rPr ? xml.slice(r.rPr.start, r.rPr.end) : "",
  ]);
}
const textOf = (xml: string, i: number): string => scanParagraphs(xml, { bodyOnly: true }).paragraphs[i].text;

const B = "<w:b/>";
const I = "<w:i/>";

describe("replaceText", () => {
  const xml = documentXml(
    para(run("Trên đây")) + para(run("Uỷ ", B) + run("ban nhân", I) + run(" dân tỉnh")) + para(run("Cuối")),
  );
  const expectedText = "Uỷ ban nhân dân tỉnh";

  it("replaces only the span, inside one run, keeping its format", () => {
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 1,
      expectedText,
      start: 0,
      end: 2,
      replacement: "Ủy",
    };
    const out = patchDocumentXml(xml, [edit]);
    expect(out.applied).toBe(1);
    expect(runsOf(out.xml, 1)).toEqual([
      ["Ủy ", "<w:rPr><w:b/></w:rPr>"],
      ["ban nhân", "<w:rPr><w:i/></w:rPr>"],
      [" dân tỉnh", ""],
    ]);
  });

  it("replaces a span across runs: the first run takes the new text, the others keep their rest", () => {
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 1,
      expectedText,
      start: 2,
      end: 11,
      replacement: "-",
    };
    const out = patchDocumentXml(xml, [edit]);
    expect(textOf(out.xml, 1)).toBe("Uỷ- dân tỉnh");
    expect(runsOf(out.xml, 1)).toEqual([
      ["Uỷ-", "<w:rPr><w:b/></w:rPr>"],
      [" dân tỉnh", ""],
    ]);
  });

  it("keeps every byte outside the touched paragraph", () => {
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 1,
      expectedText,
      start: 0,
      end: 2,
      replacement: "Ủy",
    };
    const out = patchDocumentXml(xml, [edit]);
    const scan = scanParagraphs(xml, { bodyOnly: true });
    const { start, end } = scan.paragraphs[1].range;
    expect(out.xml.slice(0, start)).toBe(xml.slice(0, start));
    expect(out.xml.slice(out.xml.length - (xml.length - end))).toBe(xml.slice(end));
  });

  it("applies several replacements in one paragraph using the offsets read at check time", () => {
    const edits: Edit[] = [
      { kind: "replaceText", paragraph: 1, expectedText, start: 0, end: 2, replacement: "Ủy" },
      { kind: "replaceText", paragraph: 1, expectedText, start: 16, end: 20, replacement: "TỈNH" },
    ];
    const out = patchDocumentXml(xml, edits);
    expect(out.applied).toBe(2);
    expect(textOf(out.xml, 1)).toBe("Ủy ban nhân dân TỈNH");
  });

  it("skips a paragraph whose text changed since the check, with a Vietnamese reason", () => {
    const edit: Edit = {
      kind: "replaceText",
      paragraph: 1,
      expectedText: "khác",
      start: 0,
      end: 2,
      replacement: "x",
    };
    const out = patchDocumentXml(xml, [edit]);
    expect(out.applied).toBe(0);
    expect(out.xml).toBe(xml);
    expect(out.skipped[0].reason).toMatch(/đã thay đổi/);
  });

  it("skips overlapping replacements and missing paragraphs", () => {
    const out = patchDocumentXml(xml, [
      { kind: "replaceText", paragraph: 1, expectedText, start: 0, end: 5, replacement: "a" },
      { kind: "replaceText", paragraph: 1, expectedText, start: 3, end: 8, replacement: "b" },
      { kind: "replaceText", paragraph: 9, expectedText, start: 0, end: 1, replacement: "c" },
    ]);
    expect(out.applied).toBe(1);
    expect(out.skipped.map((s) => s.reason)).toEqual([
      "Không tìm thấy đoạn văn số 10 trong tài liệu.",
      "Chỗ sửa này chồng lên một chỗ sửa khác trong cùng đoạn văn.",
    ]);
  });

  it("keeps a footnote reference inside a replaced span and refuses to edit inside a field", () => {
    const withNote = documentXml(
      para(
        run("Theo") +
          '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' +
          run(" luật"),
      ) +
        para(
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
            run("3") +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
    );
    const out = patchDocumentXml(withNote, [
      { kind: "replaceText", paragraph: 0, expectedText: "Theo luật", start: 2, end: 6, replacement: "X" },
      { kind: "replaceText", paragraph: 1, expectedText: "3", start: 0, end: 1, replacement: "4" },
    ]);
    expect(out.xml).toContain("footnoteReference");
    expect(textOf(out.xml, 0)).toBe("ThXuật");
    expect(out.skipped[0].reason).toMatch(/trường \(field\)/);
  });

  it("writes text into an empty paragraph with the paragraph mark's format", () => {
    const empty = documentXml(para("", "<w:rPr><w:b/></w:rPr>") + "<w:p/>");
    const out = patchDocumentXml(empty, [
      { kind: "replaceText", paragraph: 0, expectedText: "", start: 0, end: 0, replacement: "Có chữ" },
      { kind: "replaceText", paragraph: 1, expectedText: "", start: 0, end: 0, replacement: "Tiếp" },
    ]);
    expect(runsOf(out.xml, 0)).toEqual([["Có chữ", "<w:rPr><w:b/></w:rPr>"]]);
    expect(textOf(out.xml, 1)).toBe("Tiếp");
  });

  it("escapes XML special characters in the replacement", () => {
    const out = patchDocumentXml(xml, [
      {
        kind: "replaceText",
        paragraph: 0,
        expectedText: "Trên đây",
        start: 0,
        end: 4,
        replacement: "A & <B>",
      },
    ]);
    expect(textOf(out.xml, 0)).toBe("A & <B> đây");
  });
});

describe("setRunFormat", () => {
  const xml = documentXml(
    para(
      run(
        "Kính gửi các cơ quan",
        '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/>',
      ),
    ),
  );
  const expectedText = "Kính gửi các cơ quan";

  it("splits runs at the span edges and formats only the span", () => {
    const out = patchDocumentXml(xml, [
      {
        kind: "setRunFormat",
        paragraph: 0,
        expectedText,
        start: 5,
        end: 8,
        format: { bold: true, size: 14 },
      },
    ]);
    const runs = runsOf(out.xml, 0);
    expect(runs.map(([t]) => t)).toEqual(["Kính ", "gửi", " các cơ quan"]);
    expect(runs[1][1]).toBe(
      '<w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>',
    );
    expect(runs[0][1]).toBe(runs[2][1]);
    expect(runs[0][1]).not.toContain("<w:b/>");
  });

  it("sets the font in every slot and drops theme fonts, for the whole paragraph and its mark", () => {
    const out = patchDocumentXml(xml, [
      {
        kind: "setRunFormat",
        paragraph: 0,
        expectedText,
        format: { font: "Times New Roman", color: "000000", italic: false, underline: null },
      },
    ]);
    const [[, rPr]] = runsOf(out.xml, 0);
    expect(rPr).toBe(
      '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>' +
        '<w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="000000"/><w:sz w:val="24"/><w:u w:val="none"/></w:rPr>',
    );
    expect(out.xml).toContain('<w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman"');
  });
});

describe("setParagraphFormat and setPageSetup", () => {
  it("adds pPr children in schema order and converts indents", () => {
    const xml = documentXml(
      para(run("Điều 1"), '<w:pStyle w:val="Body"/><w:jc w:val="left"/><w:rPr><w:b/></w:rPr>'),
    );
    const out = patchDocumentXml(xml, [
      {
        kind: "setParagraphFormat",
        paragraph: 0,
        expectedText: "Điều 1",
        format: {
          alignment: "both",
          indent: { firstLine: 567, left: 0 },
          spacing: { before: 120, after: 120, line: 240, lineRule: "auto" },
        },
      },
    ]);
    expect(out.xml).toContain(
      '<w:pPr><w:pStyle w:val="Body"/><w:spacing w:before="120" w:after="120" w:line="240" w:lineRule="auto"/>' +
        '<w:ind w:left="0" w:firstLine="567"/><w:jc w:val="both"/><w:rPr><w:b/></w:rPr></w:pPr>',
    );
  });

  it("writes a hanging indent and creates pPr when missing", () => {
    const xml = documentXml(para(run("a")));
    const out = patchDocumentXml(xml, [
      {
        kind: "setParagraphFormat",
        paragraph: 0,
        expectedText: "a",
        format: { indent: { firstLine: -283 } },
      },
    ]);
    expect(out.xml).toContain('<w:p><w:pPr><w:ind w:hanging="283"/></w:pPr>');
  });

  it("sets margins and orientation of a section", () => {
    const xml = documentXml(para(run("a")));
    const out = patchDocumentXml(xml, [
      {
        kind: "setPageSetup",
        section: 0,
        page: { orientation: "portrait", margins: { left: 1701, right: 850, top: 1134 } },
      },
      { kind: "setPageSetup", section: 3, page: { width: 1 } },
    ]);
    expect(out.xml).toContain(
      '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>',
    );
    expect(out.skipped[0].reason).toBe("Không tìm thấy phần (section) số 4 của tài liệu.");
  });
});

describe("restoreDocumentXml", () => {
  it("puts saved paragraphs and sections back, skipping paragraphs changed since", () => {
    const xml = documentXml(
      para(run("Uỷ ban", B)) + para(run("hai")),
      '<w:sectPr><w:pgMar w:left="1000"/></w:sectPr>',
    );
    const out = patchDocumentXml(xml, [
      { kind: "replaceText", paragraph: 0, expectedText: "Uỷ ban", start: 0, end: 2, replacement: "Ủy" },
      { kind: "setRunFormat", paragraph: 1, expectedText: "hai", format: { bold: true } },
      { kind: "setPageSetup", section: 0, page: { margins: { left: 1701 } } },
    ]);
    expect(out.paragraphs.map((p) => [p.paragraph, p.textAfter])).toEqual([
      [0, "Ủy ban"],
      [1, "hai"],
    ]);
    const back = restoreDocumentXml(out.xml, out.paragraphs, out.sections);
    expect(back).toMatchObject({ restored: 2, skipped: 0 });
    expect(back.xml).toBe(xml);

    const userEdited = patchDocumentXml(out.xml, [
      { kind: "replaceText", paragraph: 1, expectedText: "hai", start: 0, end: 3, replacement: "ba" },
    ]).xml;
    const partial = restoreDocumentXml(userEdited, out.paragraphs, out.sections);
    expect(partial).toMatchObject({ restored: 1, skipped: 1 });
    expect(textOf(partial.xml, 1)).toBe("ba");
    expect(partial.xml).toContain('w:left="1000"');
  });
});
