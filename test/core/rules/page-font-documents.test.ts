// The page and font rules on documents read from .docx files, not built models.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocx } from "../../../src/core/ooxml/read";
import { check } from "../../../src/core/rules/engine";
import { docx, p } from "../ooxml/fixture";

const RULES = ["page-size", "page-margins", "page-number", "font-family", "font-color"];

it("finds nothing to report in the sample plan's page setup, page number and fonts", () => {
  const bytes = new Uint8Array(
    readFileSync(join(__dirname, "../../../assets/sample/ke-hoach-thi-dua-2017-2020.docx")),
  );
  expect(check(readDocx(bytes), { rules: RULES })).toEqual([]);
});

it("reports Word's US defaults: Letter paper, 1-inch margins, Calibri from the theme, a red run", () => {
  const styles =
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>';
  const theme =
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>';
  const body =
    p("Nội dung văn bản") +
    p(
      "Chú ý",
      "",
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:color w:val="FF0000"/>',
    ) +
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';
  const findings = check(readDocx(docx({ body, styles, theme })), { rules: RULES });
  expect(findings.map((f) => [f.rule, f.paragraph])).toEqual([
    ["page-size", null],
    ["page-margins", null],
    ["page-margins", null],
    ["font-family", 0],
    ["font-color", 1],
  ]);
  expect(findings[3].message).toContain("“Calibri”");
  expect(findings.every((f) => f.fixable)).toBe(true);
});
