// Benchmark: the HTML report of a 50,000-paragraph document (one finding or more per paragraph, as a badly typed
// file gives). The report must grow linearly with the findings. Prints, asserts nothing.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-report-"));
const entry = join(dir, "entry.ts");
const out = join(dir, "bundle.mjs");
writeFileSync(
  entry,
  `export { renderHtmlReport } from ${JSON.stringify(join(root, "src/core/report/html.ts"))};
export { ruleDocs } from ${JSON.stringify(join(root, "src/core/rules/docs.ts"))};
export { check } from ${JSON.stringify(join(root, "src/core/rules/engine.ts"))};
export { createModel } from ${JSON.stringify(join(root, "src/core/model/create.ts"))};`,
);

const SAMPLE =
  "Trên đây là Trên đây là kế hoạch công tác của của Ban Thường trực  Uỷ ban MTTQ tỉnh , đề nghị các đơn vị thực hiện.";

try {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out,
    logLevel: "error",
  });
  const { renderHtmlReport, ruleDocs, check, createModel } = await import(pathToFileURL(out).href);
  for (const size of [5_000, 50_000]) {
    const model = createModel({ paragraphs: Array.from({ length: size }, () => SAMPLE) });
    let t = performance.now();
    const findings = check(model, { profile: "nd30" });
    const checkMs = performance.now() - t;
    t = performance.now();
    const html = renderHtmlReport([{ file: "lon.docx", profile: "nd30", findings }], {
      rules: ruleDocs(),
      generatedAt: new Date(),
    });
    const reportMs = performance.now() - t;
    console.log(
      `${String(size).padStart(6)} paragraphs: ${findings.length} findings, check ${(checkMs / 1000).toFixed(1)} s, ` +
        `HTML report ${reportMs.toFixed(0)} ms (${(html.length / 1e6).toFixed(1)} MB)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
