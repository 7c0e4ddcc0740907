// Never lose, never mislead: no command writes over one of its inputs, fix reports what a re-check of its output
// finds, signed/protected/tracked documents are changed only with --confirm, and no control character from a
// document reaches the terminal.
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { vanthu } from "../helpers/cli";

jest.setTimeout(60_000);

const SAMPLE = "assets/sample/ke-hoach-thi-dua-2017-2020.docx";
const dir = mkdtempSync(join(tmpdir(), "vanthu-safety-"));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The sample with its parts changed by `edit` (part name → text). */
function sampleWith(edit: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  edit(parts);
  return zipSync(parts);
}

function editPart(parts: Record<string, Uint8Array>, name: string, change: (xml: string) => string): void {
  parts[name] = strToU8(change(strFromU8(parts[name])));
}

const intoSettings = (element: string) => (parts: Record<string, Uint8Array>) =>
  editPart(parts, "word/settings.xml", (xml) => xml.replace(/(<w:settings[^>]*>)/, `$1${element}`));

function expectOneSentence(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[.!]$/);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe("an output path that is an input is refused by every writing command", () => {
  const original = new Uint8Array(readFileSync(SAMPLE));
  const spellings: [string, (input: string) => string][] = [
    ["the same path", (input) => input],
    ["another spelling", (input) => join(dir, "sub", "..", basename(input))],
    [
      "a symbolic link",
      (input) => {
        const link = join(dir, `link-${basename(input)}`);
        symlinkSync(input, link);
        return link;
      },
    ],
    [
      "a hard link",
      (input) => {
        const link = join(dir, `hard-${basename(input)}`);
        linkSync(input, link);
        return link;
      },
    ],
  ];
  mkdirSync(join(dir, "sub"));

  for (const [name, spell] of spellings) {
    it(`check -o: ${name}`, async () => {
      const input = file(`check-${name.replace(/ /g, "-")}.docx`, original);
      const { code, stderr } = await vanthu("check", input, "-o", spell(input));
      expect(code).toBe(2);
      expect(stderr).toMatch(/Không ghi đè tệp gốc/);
      expectOneSentence(stderr);
      expect(new Uint8Array(readFileSync(input))).toEqual(original);
    });

    it(`fix -o: ${name}`, async () => {
      const input = file(`fix-${name.replace(/ /g, "-")}.docx`, original);
      const { code, stderr } = await vanthu("fix", input, "-o", spell(input));
      expect(code).toBe(2);
      expect(stderr).toMatch(/Không ghi đè tệp gốc/);
      expect(new Uint8Array(readFileSync(input))).toEqual(original);
    });
  }

  it("check --output of the second of several inputs", async () => {
    const a = file("multi-a.docx", original);
    const b = file("multi-b.docx", original);
    const { code } = await vanthu("check", a, b, "--format", "json", "--output", b);
    expect(code).toBe(2);
    expect(new Uint8Array(readFileSync(b))).toEqual(original);
  });

  it("new -o onto its own config file", async () => {
    const config = file("office.json", readFileSync("examples/office.json"));
    const before = readFileSync(config, "utf8");
    const { code, stderr } = await vanthu("new", "ke-hoach", "--config", config, "-o", config);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Không ghi đè tệp gốc/);
    expect(readFileSync(config, "utf8")).toBe(before);
  });

  it("still writes a report to a new path", async () => {
    const input = file("report-input.docx", original);
    const out = join(dir, "report.txt");
    const { code } = await vanthu("check", input, "-o", out);
    expect(code).toBe(1);
    expect(readFileSync(out, "utf8")).toMatch(/lỗi/);
  });
});

describe("fix reports what a re-check of its output finds", () => {
  it("has the exit code and error count of `check` on the written file", async () => {
    const input = file("recheck.docx", new Uint8Array(readFileSync(SAMPLE)));
    const out = join(dir, "recheck-fixed.docx");
    const fixed = await vanthu("fix", input, "-o", out);
    const checked = await vanthu("check", out, "--format", "json");
    const errors = JSON.parse(checked.stdout).files[0].findings.filter(
      (f: { severity: string }) => f.severity === "error",
    ).length;
    expect(errors).toBeGreaterThan(0);
    expect(fixed.stderr).toContain(`còn ${errors} lỗi`);
    expect(fixed.code).toBe(checked.code);
  });
});

describe("signed, protected and change-tracked documents", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    [
      "read-only protection",
      sampleWith(intoSettings('<w:documentProtection w:edit="readOnly" w:enforcement="1"/>')),
      /bảo vệ/,
    ],
    [
      "tracked-changes-only protection",
      sampleWith(intoSettings('<w:documentProtection w:edit="trackedChanges" w:enforcement="true"/>')),
      /bảo vệ/,
    ],
    [
      "a digital signature",
      sampleWith((parts) => {
        parts["_xmlsignatures/sig1.xml"] = strToU8('<?xml version="1.0"?><Signature/>');
      }),
      /ký số/,
    ],
    ["change tracking on", sampleWith(intoSettings("<w:trackRevisions/>")), /theo dõi thay đổi/],
  ];

  for (const [name, bytes, reason] of cases) {
    it(`refuses ${name} with one sentence and exit 2 unless --confirm`, async () => {
      const input = file(`${name.replace(/ /g, "-")}.docx`, bytes);
      const out = join(dir, `${name.replace(/ /g, "-")}-fixed.docx`);
      const refused = await vanthu("fix", input, "-o", out);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(reason);
      expect(refused.stderr).toContain("--confirm");
      expectOneSentence(refused.stderr);
      expect(existsSync(out)).toBe(false);

      const confirmed = await vanthu("fix", input, "-o", out, "--confirm");
      expect([0, 1]).toContain(confirmed.code);
      expect(existsSync(out)).toBe(true);
    });
  }

  it("removes the signature it would break when confirmed", async () => {
    const input = file("signed-confirmed.docx", cases[2][1]);
    const out = join(dir, "signed-confirmed-fixed.docx");
    expect((await vanthu("fix", input, "-o", out, "--confirm")).code).not.toBe(2);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(parts).filter((n) => n.startsWith("_xmlsignatures/"))).toEqual([]);
  });

  it("writes its fixes as tracked changes when tracking is on", async () => {
    const input = file("tracked-confirmed.docx", cases[3][1]);
    const out = join(dir, "tracked-confirmed-fixed.docx");
    const fixed = await vanthu("fix", input, "-o", out, "--confirm");
    expect(fixed.stderr).toMatch(/Đã sửa [1-9]/);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"]);
    expect(xml).toMatch(/<w:(ins|del|rPrChange|pPrChange|sectPrChange) [^>]*w:author="Trợ lý Văn thư"/);
  });
});

describe("the text format shows control characters instead of sending them to the terminal", () => {
  it("escapes ESC from w:sym in findings and messages", async () => {
    const sym = '<w:sym w:char="001B"/>';
    const input = file(
      "escape.docx",
      sampleWith((parts) =>
        editPart(parts, "word/document.xml", (xml) =>
          xml.replace(
            /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t([^>]*)>/g,
            (_m, rpr: string | undefined) =>
              `<w:r>${rpr ?? ""}${sym}<w:t xml:space="preserve">]0;TITLE${sym}\\ ab  cd `,
          ),
        ),
      ),
    );
    const { code, stdout, stderr } = await vanthu("check", input);
    expect(code).toBe(1);
    expect(stdout).toContain("<U+001B>");
    // eslint-disable-next-line no-control-regex
    expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});

describe("everything written reads back", () => {
  it("new leaves out characters XML cannot hold (U+0001, U+FFFE, a lone surrogate) from its config", async () => {
    const office = JSON.parse(readFileSync("examples/office.json", "utf8"));
    office.agencyName = "SỞ\u0001 NỘI VỤ\uFFFE\ud800";
    const config = file("hostile-office.json", JSON.stringify(office));
    const out = join(dir, "hostile-new.docx");
    expect((await vanthu("new", "ke-hoach", "--config", config, "-o", out)).code).toBe(0);
    const checked = await vanthu("check", out, "--format", "json");
    expect(checked.code).not.toBe(2);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(out)))["word/document.xml"])).toContain(
      "SỞ NỘI VỤ",
    );
  });
});

describe("a UTF-16 document", () => {
  it("is checked and fixed like any other", async () => {
    const input = file(
      "utf16.docx",
      sampleWith((parts) => {
        const xml = strFromU8(parts["word/document.xml"]).replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
        const bytes = new Uint8Array(2 + xml.length * 2);
        bytes.set([0xff, 0xfe]);
        for (let i = 0; i < xml.length; i++) {
          bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
          bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
        }
        parts["word/document.xml"] = bytes;
      }),
    );
    expect((await vanthu("check", input)).code).toBe(1);
    const out = join(dir, "utf16-fixed.docx");
    const fixed = await vanthu("fix", input, "-o", out);
    expect(fixed.stderr).toMatch(/Đã sửa [1-9]\d* chỗ/);
    expect((await vanthu("check", out)).code).toBe(fixed.code);
  });
});

describe("a damaged part the checker does not read", () => {
  it("is refused by fix rather than copied into the new file", async () => {
    const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
    const zipped = zipSync(
      Object.fromEntries(
        Object.entries(parts).map(([name, data]) => [
          name,
          [data, { level: name === "docProps/app.xml" ? 0 : 6 }],
        ]),
      ),
    );
    const app = strFromU8(parts["docProps/app.xml"]);
    const at = strFromU8(zipped, true).indexOf(app) + app.indexOf("<", 10) + 1;
    const damaged = zipped.slice();
    damaged[at] ^= 0x01;
    const input = file("damaged-app.docx", damaged);
    const out = join(dir, "damaged-app-fixed.docx");
    const fixed = await vanthu("fix", input, "-o", out);
    expect(fixed.code).toBe(2);
    expect(fixed.stderr).toMatch(/docProps\/app\.xml.*CRC-32/);
    expect(existsSync(out)).toBe(false);
  });
});
