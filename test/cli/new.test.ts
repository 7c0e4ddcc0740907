import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { newCommand } from "../../src/cli/commands/new";
import { DRAFT_TYPES } from "../../src/core/builders/doc-types";

const config = join(__dirname, "../../examples/office.json");
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "vanthu-new-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await newCommand.run(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
}

describe("vanthu new", () => {
  it("writes a plan dated as asked", async () => {
    const file = join(dir, "plan.docx");
    const r = await run(["ke-hoach", "--config", config, "--date", "2026-02-03", "-o", file]);
    expect(r.code).toBe(0);
    const doc = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]);
    expect(doc).toContain("Lạng Sơn, ngày 03 tháng 02 năm 2026");
    expect(doc).toContain("Số: …/KH-SNV");
    expect(doc).toContain("I. MỤC ĐÍCH, YÊU CẦU");
  });

  it("switches the profile on request", async () => {
    const file = join(dir, "party.docx");
    expect((await run(["bao-cao", "--config", config, "--profile", "dang", "-o", file])).code).toBe(0);
    expect(strFromU8(unzipSync(readFileSync(file))["word/document.xml"])).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  });

  it.each([
    [["memo", "--config", config, "-o", "x.docx"], /Loại văn bản "memo"/],
    [["ke-hoach", "-o", "x.docx"], /Thiếu --config/],
    [["ke-hoach", "--config", config], /Thiếu -o/],
    [["ke-hoach", "--config", config, "--date", "2026-02-30", "-o", "x.docx"], /Ngày "2026-02-30"/],
    [["ke-hoach", "--config", "/nonexistent/office.json", "-o", "x.docx"], /Không đọc được tệp cấu hình/],
    [["ke-hoach", "--config", config, "--profile", "abc", "-o", "x.docx"], /Hồ sơ "abc"/],
  ])("refuses %j with one Vietnamese sentence and exit code 2", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a broken config file", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const r = await run(["ke-hoach", "--config", bad, "-o", join(dir, "bad.docx")]);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "bad.docx"))).toBe(false);
  });

  it("prints its usage", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(DRAFT_TYPES.join(", "));
  });

  // LibreOffice opens every type and lays out at least one page (one soffice call for all files).
  it("writes documents LibreOffice converts to PDF", async () => {
    const files: string[] = [];
    for (const type of DRAFT_TYPES) {
      const file = join(dir, `lo-${type}.docx`);
      expect((await run([type, "--config", config, "--date", "2026-01-05", "-o", file])).code).toBe(0);
      files.push(file);
    }
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/lo-profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    for (const type of DRAFT_TYPES) {
      const pdf = join(dir, `lo-${type}.pdf`);
      const info = execFileSync("pdfinfo", [pdf]).toString();
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).toString();
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("Nơi nhận:");
    }
  }, 300_000);
});
