// The CLI reads with node:zlib's inflate and CRC-32, the pane with fflate's and the CRC tables: both must give the
// same model, and refuse the same damaged or hostile packages with the same sentence.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { VanThuError } from "../../../src/core/errors";
import { Crc32 } from "../../../src/core/ooxml/crc32";
import { readDocx } from "../../../src/core/ooxml/read";
import { nodeInflater } from "../../../src/host/docx";
import { docx, documentXml, p } from "../../core/ooxml/fixture";

const ROOTS = [join(__dirname, "../../fixtures"), "/work/shared/corpus"];

function docxFiles(): string[] {
  return ROOTS.filter((root) => existsSync(root)).flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".docx"))
      .map((name) => join(root, name)),
  );
}

/** What a read gives: the model as JSON, or the refusal's code and sentence. */
function outcome(bytes: Uint8Array, native: boolean): string {
  try {
    return JSON.stringify(readDocx(bytes, native ? { inflater: nodeInflater } : undefined));
  } catch (error) {
    if (!(error instanceof VanThuError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

/** Where the deflate data of `name` starts, and the local header's offset. */
function dataOf(bytes: Uint8Array, name: string): { header: number; data: number } {
  const wanted = strToU8(name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 30 < bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    if (!bytes.subarray(at + 30, at + 30 + wanted.length).every((b, i) => b === wanted[i])) continue;
    return { header: at, data: at + 30 + wanted.length + view.getUint16(at + 28, true) };
  }
  throw new Error(`no entry ${name}`);
}

/** Overwrite a 32-bit field of `name`'s central directory record (24: size, 16: CRC). */
function setCentral(zip: Uint8Array, name: string, field: number, value: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (!out.subarray(at + 46, at + 46 + wanted.length).every((b, i) => b === wanted[i])) continue;
    view.setUint32(at + field, value >>> 0, true);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

function expectSameRefusal(bytes: Uint8Array, words: string): void {
  const fflate = outcome(bytes, false);
  expect(fflate).toMatch(/^not-zip: /);
  expect(fflate).toContain(words);
  expect(outcome(bytes, true)).toBe(fflate);
}

describe("node:zlib inflater", () => {
  const files = docxFiles();

  it("gives the same model as fflate on every fixture and corpus document", () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      expect([file, outcome(bytes, true)]).toEqual([file, outcome(bytes, false)]);
    }
  });

  it("computes the zip checksum as the CRC tables do, whatever the chunks", () => {
    const bytes = Uint8Array.from({ length: 1003 }, (_, i) => (i * 37 + (i >> 3)) & 0xff);
    for (const step of [1, 3, 4, 64, 1003]) {
      const native = new Crc32(nodeInflater.crc32);
      const tables = new Crc32();
      for (let at = 0; at < bytes.length; at += step) {
        native.update(bytes.subarray(at, at + step));
        tables.update(bytes.subarray(at, at + step));
      }
      expect(native.value()).toBe(tables.value());
    }
    const check = new Crc32(nodeInflater.crc32);
    check.update(new TextEncoder().encode("123456789"));
    expect(check.value()).toBe(0xcbf43926);
  });

  it("refuses a part that inflates past its declared size, as fflate does", () => {
    const bomb = documentXml(p("x") + " ".repeat(20 * 1024 * 1024));
    const bytes = zipSync({ "word/document.xml": strToU8(bomb) }, { level: 9 });
    expectSameRefusal(setCentral(bytes, "word/document.xml", 24, 2048), "word/document.xml");
  });

  it("refuses damaged deflate data, truncated data and a wrong checksum, as fflate does", () => {
    const bytes = docx({ body: p("Nội dung đủ dài để nén ".repeat(50)) });
    const { data } = dataOf(bytes, "word/document.xml");
    const damaged = bytes.slice();
    damaged.fill(0xff, data, data + 40);
    expectSameRefusal(damaged, "không giải nén được phần word/document.xml");
    // The entry's data cut short: the directory still declares the whole size.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const central = Array.from(bytes.keys()).find(
      (at) => at + 4 <= bytes.length && view.getUint32(at, true) === 0x02014b50,
    );
    expect(central).toBeDefined();
    const compressed = view.getUint32(central! + 20, true);
    const truncated = setCentral(bytes, "word/document.xml", 20, compressed - 10);
    expectSameRefusal(truncated, "không giải nén được phần word/document.xml");
    const crc = view.getUint32(central! + 16, true);
    expectSameRefusal(setCentral(bytes, "word/document.xml", 16, crc ^ 1), "CRC-32");
  });

  it("gives the same model or the same refusal on randomly damaged packages", () => {
    const base = docx({
      body: p("Kế hoạch", '<w:jc w:val="center"/>', "<w:b/>") + p("Nội dung ".repeat(30)),
    });
    let seed = 20260514;
    const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const outcomes = new Set<string>();
    let earlier = 0;
    for (let i = 0; i < 400; i++) {
      const bytes = base.slice();
      for (let j = 1 + Math.floor(random() * 6); j > 0; j--)
        bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const fflate = outcome(bytes, false);
      const native = outcome(bytes, true);
      outcomes.add(fflate.startsWith("{") ? "model" : fflate.slice(0, fflate.indexOf(":")));
      if (native === fflate) continue;
      // fflate hands out what it inflated before it meets the damage, and the XML reader may refuse that garbage
      // first; zlib finds the damage before anything is parsed. Both refuse: only the sentence differs.
      expect(fflate).toMatch(/^malformed-xml: .*word\/document\.xml/);
      expect(native).toBe("not-zip: Tệp .docx bị hỏng: không giải nén được phần word/document.xml.");
      earlier++;
    }
    expect(outcomes.size).toBeGreaterThan(2);
    expect(earlier).toBeLessThan(40);
  });
});
