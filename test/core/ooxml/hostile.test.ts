import { strToU8, zipSync } from "fflate";
import { VanThuError, type VanThuErrorCode } from "../../../src/core/errors";
import { readDocx, readFlatOpc } from "../../../src/core/ooxml/read";
import { expectOneSentence, refusal } from "../../helpers/refusal";
import { docx, documentXml, flatOpc, p } from "./fixture";

function expectRefused(read: () => unknown, code: VanThuErrorCode, words: string): void {
  const error = refusal(read);
  expect(error.code).toBe(code);
  expect(error.message).toContain(words);
  expectOneSentence(error.message);
}

/** Overwrite the uncompressed size the central directory declares for `name`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const entry = out.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && entry.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

function utf16(s: string): number[] {
  return [...s].flatMap((c) => [c.charCodeAt(0), 0]);
}

function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(utf16(streamName), 1024);
  return bytes;
}

describe("refusing broken and hostile files", () => {
  it("refuses bytes that are not a zip", () => {
    expectRefused(
      () => readDocx(strToU8("Đây không phải tệp Word")),
      "not-zip",
      "không phải là tài liệu .docx",
    );
    expectRefused(() => readDocx(new Uint8Array(0)), "not-zip", "zip");
    expectRefused(() => readDocx(new Uint8Array(5000).fill(7)), "not-zip", "zip");
  });

  it("names an old .doc and a password-protected .docx", () => {
    expectRefused(
      () => readDocx(compoundFile("WordDocument")),
      "encrypted-or-doc",
      "hãy mở trong Word và lưu thành .docx",
    );
    expectRefused(() => readDocx(compoundFile("EncryptedPackage")), "encrypted-or-doc", "mật khẩu");
    expectRefused(() => readDocx(compoundFile("Workbook")), "encrypted-or-doc", "lưu thành .docx");
  });

  it("refuses any DOCTYPE, before an entity could expand", () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    const bytes = docx({ body: "", raw: { "word/document.xml": strToU8(laughs) } });
    expectRefused(() => readDocx(bytes), "doctype", "DOCTYPE");
    const styles = '<?xml version="1.0"?><!DOCTYPE x><w:styles/>';
    const withStyles = docx({ body: p("x"), styles: "", raw: { "word/styles.xml": strToU8(styles) } });
    expectRefused(() => readDocx(withStyles), "doctype", "word/styles.xml");
    expectRefused(
      () => readFlatOpc(`<!DOCTYPE pkg:package>${flatOpc({ body: p("x") }).replace(/^<\?xml[^>]*\?>/, "")}`),
      "doctype",
      "DOCTYPE",
    );
  });

  it("refuses malformed XML and undefined entities", () => {
    const broken = docx({
      body: "",
      raw: { "word/document.xml": strToU8(documentXml("<w:p><w:r><w:t>x</w:r></w:p>")) },
    });
    expectRefused(() => readDocx(broken), "malformed-xml", "word/document.xml");
    const entity = docx({
      body: "",
      raw: { "word/document.xml": strToU8(documentXml("<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>")) },
    });
    expectRefused(() => readDocx(entity), "malformed-xml", "XML không hợp lệ");
    expectRefused(() => readFlatOpc("<pkg:package><pkg:part>"), "malformed-xml", "XML");
  });

  it("refuses a package without its main document", () => {
    const bytes = zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      "word/styles.xml": strToU8("<w:styles/>"),
    });
    expectRefused(() => readDocx(bytes), "missing-document", "word/document.xml");
    expectRefused(
      () => readFlatOpc('<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>'),
      "missing-document",
      "document.xml",
    );
  });

  it("refuses a part declared over 100 MB and a package over 300 MB from the zip directory", () => {
    const bytes = docx({ body: p("x"), styles: "", numbering: "", settings: "" });
    expectRefused(
      () => readDocx(declareSize(bytes, "word/document.xml", 150 * 1024 * 1024)),
      "too-large",
      "100 MB",
    );
    let big = bytes;
    for (const name of ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml"]) {
      big = declareSize(big, name, 90 * 1024 * 1024);
    }
    expectRefused(() => readDocx(big), "too-large", "300 MB");
  });

  it("stops inflating a part that produces more than it declared", () => {
    // 20 MB of spaces compresses to a few KB; the directory claims 2 KB.
    const bomb = documentXml(p("x") + " ".repeat(20 * 1024 * 1024));
    const bytes = zipSync({ "word/document.xml": strToU8(bomb) }, { level: 9 });
    expect(bytes.length).toBeLessThan(100 * 1024);
    expectRefused(
      () => readDocx(declareSize(bytes, "word/document.xml", 2048)),
      "not-zip",
      "word/document.xml",
    );
  });

  it("refuses a declared size no deflate stream could reach, before allocating it", () => {
    const bytes = docx({ body: p("x") });
    expectRefused(
      () => readDocx(declareSize(bytes, "word/document.xml", 90 * 1024 * 1024)),
      "not-zip",
      "word/document.xml",
    );
  });

  it("refuses a part whose compressed data is corrupt", () => {
    const bytes = docx({ body: p("Nội dung đủ dài để nén ".repeat(50)) });
    const name = strToU8("word/document.xml");
    const view = new DataView(bytes.buffer);
    for (let at = 0; at < bytes.length; at++) {
      if (
        view.getUint32(at, true) === 0x04034b50 &&
        bytes.subarray(at + 30, at + 30 + name.length).every((b, i) => b === name[i])
      ) {
        const data = at + 30 + name.length + view.getUint16(at + 28, true);
        bytes.fill(0xff, data, data + 40);
        break;
      }
    }
    expectRefused(() => readDocx(bytes), "not-zip", "word/document.xml");
  });
});

describe("tolerating packages written by lax tools", () => {
  it("finds parts whose names differ in case or use Windows separators", () => {
    const parts = { "Word\\Document.xml": strToU8(documentXml(p("Lạ"))) };
    const m = readDocx(zipSync(parts));
    expect(m.paragraphs[0].text).toBe("Lạ");
  });
});

describe("random corruption", () => {
  it("gives a model or a VanThuError, never another exception", () => {
    const base = docx({
      body:
        p("Kế hoạch", '<w:jc w:val="center"/>', "<w:b/>") +
        p("Nội dung") +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
      styles:
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
    });
    let seed = 20170110;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const bytes = base.slice();
      for (let j = 1 + Math.floor(random() * 8); j > 0; j--)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      try {
        readDocx(bytes);
        outcomes.add("read");
      } catch (error) {
        expect(error).toBeInstanceOf(VanThuError);
        outcomes.add((error as VanThuError).code);
      }
    }
    expect(outcomes.size).toBeGreaterThan(1);
  });
});
