// The reader's package entry refuses what is not a sound Word document — a renamed spreadsheet, a part failing its
// CRC-32, invalid UTF-8, a doubled byte-order mark — and reads and patches a UTF-16 document.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { VanThuError, type VanThuErrorCode } from "../../../src/core/errors";
import { Crc32 } from "../../../src/core/ooxml/crc32";
import { patchDocx } from "../../../src/core/ooxml/patch";
import { readDocx } from "../../../src/core/ooxml/read";
import { documentXml, p, packageParts } from "./fixture";

function expectRefused(read: () => unknown, code: VanThuErrorCode, words: RegExp): void {
  let error: unknown = null;
  try {
    read();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(VanThuError);
  expect((error as VanThuError).code).toBe(code);
  const message = (error as VanThuError).message;
  expect(message).toMatch(words);
  expect(message).not.toContain("\n");
  expect(message.endsWith(".")).toBe(true);
}

const BODY = p("Kính gửi: Sở Nội vụ tỉnh Lạng Sơn") + p("Nội dung báo cáo năm 2024.");

/** The fixture package with `document` as the bytes of word/document.xml, stored or deflated. */
function withDocument(document: Uint8Array, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, xml] of Object.entries(packageParts({ body: BODY }))) files[name] = strToU8(xml);
  files["word/document.xml"] = [document, { level }];
  return zipSync(files);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe("CRC-32", () => {
  it("matches the checksum zip writers record", () => {
    const crc = new Crc32();
    crc.update(strToU8("123456789"));
    expect(crc.value()).toBe(0xcbf43926);
  });
});

describe("the reader's package checks", () => {
  it("refuses a spreadsheet renamed .docx", () => {
    const xlsx = zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          "</Types>",
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          "</Relationships>",
      ),
      "xl/workbook.xml": strToU8(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
      ),
    });
    expectRefused(() => readDocx(xlsx), "missing-document", /bảng tính Excel/);
  });

  it("reads a Word package that declares its main part", () => {
    const parts = unzipSync(withDocument(strToU8(documentXml(BODY))));
    parts["[Content_Types].xml"] = strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>",
    );
    expect(readDocx(zipSync(parts)).paragraphs.map((x) => x.text)).toContain("Nội dung báo cáo năm 2024.");
  });

  it("refuses a part whose bytes fail their CRC-32, even when they still read as XML", () => {
    const bytes = withDocument(strToU8(documentXml(BODY)), 0);
    const at = strFromU8(bytes, true).indexOf("2024.");
    expect(at).toBeGreaterThan(0);
    const flipped = bytes.slice();
    flipped[at + 2] ^= 0x01; // "2024" → "2034"
    expectRefused(() => readDocx(flipped), "not-zip", /CRC-32/);
  });

  it("refuses invalid UTF-8 instead of reading it as U+FFFD", () => {
    const xml = strToU8(documentXml(BODY));
    const at = strFromU8(xml).indexOf("Nội dung");
    const bad = new Uint8Array([...xml.subarray(0, at), 0xff, 0xc3, ...xml.subarray(at)]);
    expectRefused(() => readDocx(withDocument(bad)), "malformed-xml", /UTF-8/);
  });

  it("refuses a truncated UTF-8 character at the end of a part", () => {
    const xml = strToU8(documentXml(BODY));
    expectRefused(
      () => readDocx(withDocument(new Uint8Array([...xml, 0xe1, 0xbb]))),
      "malformed-xml",
      /UTF-8/,
    );
  });

  it("refuses a doubled byte-order mark", () => {
    const xml = strToU8(documentXml(BODY));
    const doubled = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...xml]);
    expectRefused(() => readDocx(withDocument(doubled)), "malformed-xml", /BOM/);
    expect(readDocx(withDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...xml]))).bodyCount).toBe(2);
  });
});

describe("a UTF-16 document", () => {
  const xml = documentXml(BODY).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const bytes = withDocument(utf16le(xml));

  it("is read", () => {
    expect(readDocx(bytes).paragraphs[1].text).toBe("Nội dung báo cáo năm 2024.");
  });

  it("is patched, and the patched package reads back as UTF-8 that says so", () => {
    const patch = patchDocx(bytes, [
      {
        kind: "replaceText",
        paragraph: 1,
        expectedText: "Nội dung báo cáo năm 2024.",
        start: 0,
        end: 8,
        replacement: "Kết quả",
      },
    ]);
    expect(patch.applied).toBe(1);
    const written = unzipSync(patch.bytes)["word/document.xml"];
    expect(strFromU8(written)).toMatch(/^<\?xml[^>]*encoding="UTF-8"/);
    const model = readDocx(patch.bytes);
    expect(model.paragraphs.map((x) => x.text)).toEqual([
      "Kính gửi: Sở Nội vụ tỉnh Lạng Sơn",
      "Kết quả báo cáo năm 2024.",
    ]);
  });
});
