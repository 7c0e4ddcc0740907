// The CLI contract of rule-catalogue.md for `vanthu check` and `vanthu fix`, run in-process.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { checkCommand, fixCommand } from "../../src/cli/commands/check";
import { buildDraft } from "../../src/core/builders/document";
import { writeDocx } from "../../src/core/ooxml/write";
import { officeProfile } from "../core/builders/helpers";
import type { CliIO } from "../../src/cli/types";

jest.setTimeout(60_000);

const SAMPLE = "assets/sample/ke-hoach-thi-dua-2017-2020.docx";

async function run(cmd: typeof checkCommand, args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await cmd.run(args, io);
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "vanthu-cli-"));
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A plan with Word's default margins, Arial, 12 pt left-aligned body and a date without leading zeros. */
async function sloppyDocx(): Promise<Uint8Array> {
  const p = (text: string, opts: { bold?: boolean; italic?: boolean; center?: boolean } = {}) =>
    new Paragraph({
      alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text, font: "Arial", size: 24, bold: opts.bold, italics: opts.italic })],
    });
  const doc = new Document({
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [
          p("ỦY BAN NHÂN DÂN", { bold: true, center: true }),
          p("Số: 05/KH-UBND", { center: true }),
          p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, center: true }),
          p("Độc lập - Tự do - Hạnh phúc", { bold: true, center: true }),
          p("Lạng Sơn, ngày 5 tháng 1 năm 2017", { italic: true, center: true }),
          p("KẾ HOẠCH", { bold: true, center: true }),
          p("Công tác thi đua năm 2017", { bold: true, center: true }),
          p("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
          p("Đẩy mạnh phong trào thi đua yêu nước trong toàn tỉnh, huy động mọi nguồn lực của các cơ quan."),
          p("Nâng cao chất lượng công tác khen thưởng, biểu dương kịp thời các điển hình tiên tiến."),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`;
const hostile = {
  "not-a-zip.docx": "This is plain text, not a Word file.",
  "empty.docx": new Uint8Array(0),
  "old-word.docx": new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ]),
  "no-document.docx": zipSync({ "[Content_Types].xml": strToU8(CONTENT_TYPES) }),
  "doctype.docx": zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "word/document.xml": strToU8(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`,
    ),
  }),
  "malformed.docx": zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "word/document.xml": strToU8(`<w:document><w:body><w:p></w:body>`),
  }),
};

describe("vanthu check --format json", () => {
  it("prints one object following the contract, with the file as given", async () => {
    const { code, stdout } = await run(checkCommand, [SAMPLE, "--format", "json"]);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(["files"]);
    expect(out.files[0].file).toBe(SAMPLE);
    expect(out.files[0].profile).toBe("nd30");
    for (const f of out.files[0].findings) {
      expect(Object.keys(f)).toEqual(["rule", "severity", "message", "paragraph", "excerpt", "fixable"]);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.paragraph === null || Number.isInteger(f.paragraph)).toBe(true);
    }
    const recipients = out.files[0].findings.filter((f: { rule: string }) => f.rule === "recipients");
    expect(recipients.some((f: { excerpt: string }) => f.excerpt.includes("Lưu VT."))).toBe(true);
    expect(code).toBe(1);
  });

  it("gives each unreadable file one Vietnamese sentence and exit 2, and still checks the others", async () => {
    const paths = Object.entries(hostile).map(([name, bytes]) => file(name, bytes));
    const { code, stdout, stderr } = await run(checkCommand, [...paths, SAMPLE, "--format", "json"]);
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.files).toHaveLength(paths.length + 1);
    for (const entry of out.files.slice(0, paths.length)) {
      expect(entry.findings).toEqual([]);
      expect(entry.error).toMatch(/^[^\n]+[.!]$/);
      expect(entry.error).not.toMatch(/\bat .*\(|Error:/);
    }
    expect(out.files[paths.length].findings.length).toBeGreaterThan(0);
    expect(stderr).toContain("not-a-zip.docx");
    const byName = (n: string) => out.files.find((f: { file: string }) => f.file.endsWith(n)).error as string;
    expect(byName("old-word.docx")).toMatch(/\.doc|mật khẩu/);
  });

  it("names a missing file", async () => {
    const { code, stdout } = await run(checkCommand, [join(dir, "absent.docx"), "--format", "json"]);
    expect(code).toBe(2);
    expect(JSON.parse(stdout).files[0].error).toMatch(/Không tìm thấy/);
  });
});

describe("vanthu check text and html", () => {
  it("reads like a compiler with a summary line last", async () => {
    const { stdout } = await run(checkCommand, [SAMPLE]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(
        /^assets\/sample\/ke-hoach-thi-dua-2017-2020\.docx:(\d+|-) {2}(lỗi|cảnh báo|gợi ý) {2}[a-z-]+ {2}\S/,
      );
    }
    expect(lines[lines.length - 1]).toMatch(/^\d+ lỗi, \d+ cảnh báo, \d+ gợi ý trong 1 tệp\.$/);
  });

  it("numbers paragraphs from 1 in text while JSON keeps the 0-based index", async () => {
    const json = JSON.parse((await run(checkCommand, [SAMPLE, "--format", "json"])).stdout);
    const first = (json.files[0].findings as { paragraph: number | null; message: string }[]).find(
      (f) => f.paragraph !== null,
    )!;
    const { stdout } = await run(checkCommand, [SAMPLE]);
    expect(stdout).toContain(`.docx:${first.paragraph! + 1}  `);
    const line = stdout.split("\n").find((l) => l.endsWith(first.message))!;
    expect(line).toMatch(new RegExp(`\\.docx:${first.paragraph! + 1} `));
  });

  it("writes a self-contained html report to --output", async () => {
    const out = join(dir, "report.html");
    const { stdout } = await run(checkCommand, [SAMPLE, "--format", "html", "--output", out]);
    expect(stdout).toBe("");
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain("recipients");
  });

  it("refuses an unknown profile or format", async () => {
    expect((await run(checkCommand, [SAMPLE, "--profile", "xyz"])).code).toBe(2);
    expect((await run(checkCommand, [SAMPLE, "--format", "xml"])).code).toBe(2);
  });
});

describe("vanthu check --stage", () => {
  const skeleton = () =>
    file(
      "cong-van.docx",
      writeDocx(
        buildDraft({ type: "cong-van", org: officeProfile(), date: { day: 5, month: 1, year: 2026 } }).spec,
      ),
    );
  const blanks = (stdout: string) =>
    (JSON.parse(stdout).files[0].findings as { rule: string; severity: string; message: string }[]).filter(
      (f) => f.rule === "placeholder",
    );

  it("draft (the default): the skeleton's blanks are warnings, its blank number is silent", async () => {
    const { stdout } = await run(checkCommand, [skeleton(), "--format", "json"]);
    const found = blanks(stdout);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === "warning")).toBe(true);
    expect(found.some((f) => /số văn bản/.test(f.message))).toBe(false);
  });

  it("final: every blank is an error, the number included, and the exit code says so", async () => {
    const { code, stdout } = await run(checkCommand, [skeleton(), "--format", "json", "--stage", "final"]);
    const found = blanks(stdout);
    expect(found.every((f) => f.severity === "error")).toBe(true);
    expect(found.some((f) => /số văn bản/.test(f.message))).toBe(true);
    expect(code).toBe(1);
  });

  it("refuses an unknown stage with one sentence", async () => {
    const { code, stderr } = await run(checkCommand, [SAMPLE, "--stage", "soon"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Giai đoạn "soon" không có/);
  });
});

describe("vanthu fix", () => {
  it("never overwrites its input", async () => {
    const copy = file("copy.docx", readFileSync(SAMPLE));
    const { code, stderr } = await run(fixCommand, [copy, "-o", copy]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Không ghi đè/);
    expect(readFileSync(copy)).toEqual(readFileSync(SAMPLE));
  });

  it("writes a copy that then passes the fixed rules", async () => {
    const input = file("sloppy.docx", await sloppyDocx());
    const out = join(dir, "fixed.docx");
    const rules = ["page-margins", "font-family", "body-font-size", "body-alignment", "place-date"];
    const findings = async (path: string) =>
      JSON.parse((await run(checkCommand, [path, "--format", "json"])).stdout).files[0].findings as {
        rule: string;
      }[];
    const before = (await findings(input)).filter((f) => rules.includes(f.rule));
    for (const rule of rules) expect(before.map((f) => f.rule)).toContain(rule);
    const { code } = await run(fixCommand, [input, "-o", out, "--rules", rules.join(",")]);
    expect(code).not.toBe(2);
    expect((await findings(out)).filter((f) => rules.includes(f.rule))).toEqual([]);
  });
});

describe("vanthu check arguments", () => {
  it("answers an unknown option with one sentence and the usage, exit 2", async () => {
    const { code, stderr } = await run(checkCommand, [SAMPLE, "--bogus"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^Tham số không hợp lệ \(.*--bogus.*\)\.$/);
    expect(stderr).toContain("Cách dùng: vanthu check");
  });
});
