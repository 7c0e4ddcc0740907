// Render the first page of every document type `vanthu new` writes, as PNG under docs/templates/:
// build the CLI command in memory, write each .docx, convert with LibreOffice, rasterise page 1 with pdftoppm.
// Usage: node scripts/render-templates.mjs [outDir]
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const outDir = resolve(process.argv[2] ?? join(root, "docs/templates"));
const work = mkdtempSync(join(tmpdir(), "vanthu-render-"));
const bundle = join(work, "new.mjs");
await build({
  entryPoints: [join(root, "src/cli/commands/new.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  outfile: bundle,
  logLevel: "error",
});
const { newCommand } = await import(bundle);
const DRAFT_TYPES = ["ke-hoach", "bao-cao", "cong-van", "quyet-dinh", "to-trinh", "thong-bao", "giay-moi"];
mkdirSync(outDir, { recursive: true });
const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
for (const type of DRAFT_TYPES) {
  const docx = join(work, `${type}.docx`);
  const code = await newCommand.run(
    [type, "--config", join(root, "examples/office.json"), "--date", "2026-01-05", "-o", docx],
    io,
  );
  if (code !== 0) throw new Error(`vanthu new ${type} exited ${code}`);
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${work}/lo`, "--headless", "--convert-to", "pdf", "--outdir", work, docx],
    { stdio: "ignore" },
  );
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "60",
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    join(work, `${type}.pdf`),
    join(outDir, type),
  ]);
  console.log(join(outDir, `${type}.png`));
}
rmSync(work, { recursive: true, force: true });
