// Edits written as tracked changes: the reader sees the new text and format, and Word keeps the old state to
// accept or reject (w:del/w:ins, w:rPrChange, w:pPrChange, w:sectPrChange with unique revision ids).
import { strToU8, zipSync } from "fflate";
import { patchDocumentXml } from "../../../../src/core/ooxml/patch";
import { readDocx } from "../../../../src/core/ooxml/read";
import type { Edit } from "../../../../src/core/rules/types";
import { packageParts } from "../fixture";
import { documentXml, para, run } from "./fixtures";

const B = "<w:b/>";
const SECT =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>';
const source = documentXml(
  para(run("Uỷ ", B) + run("ban nhân dân tỉnh")) + para(run("Nội dung báo cáo")) + SECT,
);

/** Read a document.xml through the one reader, as a package. */
function read(xml: string) {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(packageParts({ body: "" }))) files[name] = strToU8(text);
  files["word/document.xml"] = strToU8(xml);
  return readDocx(zipSync(files));
}

const ids = (xml: string): string[] => [...xml.matchAll(/w:id="(\d+)"/g)].map((m) => m[1]);

describe("tracked edits", () => {
  const edits: Edit[] = [
    {
      kind: "replaceText",
      paragraph: 0,
      expectedText: "Uỷ ban nhân dân tỉnh",
      start: 0,
      end: 2,
      replacement: "Ủy",
    },
    {
      kind: "setRunFormat",
      paragraph: 1,
      expectedText: "Nội dung báo cáo",
      start: 0,
      end: 8,
      format: { bold: true },
    },
    {
      kind: "setParagraphFormat",
      paragraph: 1,
      expectedText: "Nội dung báo cáo",
      format: { alignment: "both" },
    },
    { kind: "setPageSetup", section: 0, page: { margins: { left: 1701 } } },
  ];
  const patched = patchDocumentXml(source, edits, { track: true });

  it("applies every edit", () => {
    expect(patched.applied).toBe(4);
  });

  it("keeps replaced text as a deletion beside the insertion", () => {
    expect(patched.xml).toMatch(
      /<w:del [^>]*w:author="Trợ lý Văn thư"[^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:delText[^>]*>Uỷ<\/w:delText><\/w:r><\/w:del>/,
    );
    expect(patched.xml).toMatch(
      /<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t[^>]*>Ủy<\/w:t><\/w:r><\/w:ins>/,
    );
  });

  it("records the old run, paragraph and section properties", () => {
    expect(patched.xml).toMatch(/<w:rPrChange [^>]*><w:rPr><\/w:rPr><\/w:rPrChange>/);
    expect(patched.xml).toMatch(/<w:pPrChange [^>]*><w:pPr><\/w:pPr><\/w:pPrChange>/);
    expect(patched.xml).toMatch(
      /<w:sectPrChange [^>]*><w:sectPr><w:pgSz [^>]*\/><w:pgMar w:top="1440"[^>]*w:left="1440"\/><\/w:sectPr><\/w:sectPrChange>/,
    );
  });

  it("gives each revision its own id", () => {
    const all = ids(patched.xml);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all).size).toBe(all.length);
  });

  it("reads back with the new text and format, as a document with revisions", () => {
    const model = read(patched.xml);
    expect(model.paragraphs[0].text).toBe("Ủy ban nhân dân tỉnh");
    expect(model.paragraphs[1].format.alignment).toBe("both");
    expect(model.paragraphs[1].runs[0]).toMatchObject({ text: "Nội dung", format: { bold: true } });
    expect(model.meta.hasRevisions).toBe(true);
  });

  it("writes edits directly when tracking is off", () => {
    const direct = patchDocumentXml(source, edits);
    expect(direct.xml).not.toMatch(/w:(ins|del|rPrChange|pPrChange|sectPrChange)\b/);
  });
});
