// vanthu copy: the original with the bản sao block under it (Mẫu 3.1), as a user runs it; refusals in one sentence.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyCommand } from "../../src/cli/commands/copy";
import { newCommand } from "../../src/cli/commands/new";
import { analyze } from "../../src/core/analysis/analyze";
import { readDocx } from "../../src/core/ooxml/read";
import { checkAsync, prepareCheck } from "../../src/core/rules/engine";
import { parseOrgProfile } from "../../src/core/org/profile-json";

const config = join(__dirname, "../../examples/office.json");
const org = parseOrgProfile(readFileSync(config, "utf8"));
let dir: string;
let original: string;

async function run(command: typeof copyCommand, args: string[]) {
  const err: string[] = [];
  const code = await command.run(args, { stdout: () => undefined, stderr: (t) => err.push(t) });
  return { code, err: err.join("") };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "vanthu-copy-"));
  original = join(dir, "ke-hoach.docx");
  await run(newCommand, ["ke-hoach", "--config", config, "--date", "2026-01-05", "-o", original]);
  await prepareCheck();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = (file: string) => {
  const model = readDocx(readFileSync(file));
  return { model, texts: model.paragraphs.slice(0, model.bodyCount).map((p) => p.text) };
};

it("appends a SAO Y block after the original, leaving the original file as it was", async () => {
  const before = readFileSync(original);
  const out = join(dir, "sao-y.docx");
  const r = await run(copyCommand, [
    original,
    "--kind",
    "sao-y",
    "--config",
    config,
    "--date",
    "2026-01-09",
    "--number",
    "05",
    "--to",
    "Phòng Tổ chức",
    "-o",
    out,
  ]);
  expect(r).toEqual({ code: 0, err: expect.stringContaining("bản sao y") });
  expect(readFileSync(original)).toEqual(before);
  const { model, texts } = body(out);
  const form = texts.indexOf("SAO Y");
  expect(form).toBeGreaterThan(texts.indexOf("I. MỤC ĐÍCH, YÊU CẦU"));
  expect(texts.slice(form - 3)).toEqual(
    expect.arrayContaining([
      "Số: 05/SY-SNV",
      "Lạng Sơn, ngày 09 tháng 01 năm 2026",
      "- Phòng Tổ chức;",
      "- Lưu: VT.",
    ]),
  );
  // Everything of the original is still there, before the block.
  expect(texts.slice(0, body(original).texts.length - 1)).toEqual(body(original).texts.slice(0, -1));
  expect(analyze(model).copy?.kind).toBe("sao-y");
  const findings = (await checkAsync(model, { profile: "nd30", org })).filter(
    (f) => f.severity !== "info" && f.rule !== "placeholder",
  );
  expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});

it("keeps only the chosen content paragraphs in a trích sao, with the original's header and closing", async () => {
  const { model, texts } = body(original);
  const a = analyze(model);
  const first = a.bodyStart + 1;
  const out = join(dir, "trich-sao.docx");
  const r = await run(copyCommand, [
    original,
    "--kind",
    "trich-sao",
    "--paragraphs",
    `${first}-${first + 2}`,
    "--config",
    config,
    "-o",
    out,
  ]);
  expect(r.code).toBe(0);
  const copy = body(out).texts;
  const kept = texts.slice(a.bodyStart, a.bodyStart + 3);
  const dropped = texts.slice(a.bodyStart + 3, a.bodyEnd).filter((t) => t.trim() && !kept.includes(t));
  expect(copy).toEqual(expect.arrayContaining([...kept, "KẾ HOẠCH", "Nơi nhận:", "TRÍCH SAO"]));
  for (const t of dropped) expect(copy).not.toContain(t);
  expect(copy.filter((t) => t === "Nơi nhận:")).toHaveLength(2);
  // The original's numbers stay as they are in an excerpt: no "nhảy số" finding, nor any other.
  const findings = (await checkAsync(body(out).model, { profile: "nd30", org })).filter(
    (f) => f.severity !== "info" && f.rule !== "placeholder",
  );
  expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});

it.each([
  [["--kind", "sao-y"], /Thiếu tệp văn bản gốc/],
  [["ORIGINAL", "--kind", "ban-sao"], /Hình thức sao "ban-sao" không có/],
  [["ORIGINAL"], /Thiếu --kind/],
  [["ORIGINAL", "--kind", "trich-sao"], /Trích sao cần chỉ rõ phần nội dung/],
  [["ORIGINAL", "--kind", "sao-y", "--paragraphs", "3-4"], /chỉ trích sao mới chọn đoạn/],
  [["ORIGINAL", "--kind", "trich-sao", "--paragraphs", "9-2"], /Phạm vi đoạn "9-2" không hợp lệ/],
  [["ORIGINAL", "--kind", "trich-sao", "--paragraphs", "1-2"], /nằm trong nội dung văn bản gốc, từ đoạn/],
  [["ORIGINAL", "--kind", "sao-y", "--number", "năm"], /Số bản sao "năm"/],
  [["ORIGINAL", "--kind", "sao-y", "--bogus", "1"], /Không có tùy chọn --bogus/],
  [["/nonexistent.docx", "--kind", "sao-y"], /Không tìm thấy tệp/],
  [["ORIGINAL", "--kind", "sao-y", "--profile", "dang"], /Hướng dẫn 36-HD\/VPTW/],
  [["ORIGINAL", "--kind", "sao-luc"], /Sao lục được làm từ bản sao y/],
])("refuses %j with exit 2 and one sentence, writing nothing", async (args, message) => {
  const out = join(dir, "refused.docx");
  const r = await run(copyCommand, [
    ...args.map((a) => (a === "ORIGINAL" ? original : a)),
    "--config",
    config,
    "-o",
    out,
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(existsSync(out)).toBe(false);
});

it("refuses to write over the original", async () => {
  const r = await run(copyCommand, [original, "--kind", "sao-y", "--config", config, "-o", original]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/Không ghi đè tệp gốc/);
});

it("makes a sao lục from a bản sao y only, and no second sao y of a copy", async () => {
  const saoY = join(dir, "for-sao-luc.docx");
  await run(copyCommand, [original, "--kind", "sao-y", "--config", config, "-o", saoY]);
  const luc = join(dir, "sao-luc.docx");
  expect((await run(copyCommand, [saoY, "--kind", "sao-luc", "--config", config, "-o", luc])).code).toBe(0);
  const texts = body(luc).texts;
  expect(texts.indexOf("SAO LỤC")).toBeGreaterThan(texts.indexOf("SAO Y"));
  expect(analyze(body(luc).model).copy?.kind).toBe("sao-y");
  const again = await run(copyCommand, [
    saoY,
    "--kind",
    "sao-y",
    "--config",
    config,
    "-o",
    join(dir, "x.docx"),
  ]);
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/đã là bản sao y; .*sao lục/);
});

// LibreOffice lays the copy out with its line and block after the original's closing.
it("converts to PDF with the block after the original's signature", async () => {
  const saoY = join(dir, "lo-sao-y.docx");
  await run(copyCommand, [original, "--kind", "sao-y", "--config", config, "-o", saoY]);
  const out = join(dir, "lo-sao-luc.docx");
  await run(copyCommand, [saoY, "--kind", "sao-luc", "--config", config, "--date", "2026-01-09", "-o", out]);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/lo-profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      out,
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
  const text = execFileSync("pdftotext", ["-layout", join(dir, "lo-sao-luc.pdf"), "-"]).toString();
  expect(text.indexOf("SAO LỤC")).toBeGreaterThan(text.indexOf("SAO Y"));
  expect(text.indexOf("SAO Y")).toBeGreaterThan(text.indexOf("Nơi nhận:"));
  expect(text).toMatch(/Số: …\/SL-SNV/);
}, 300_000);
