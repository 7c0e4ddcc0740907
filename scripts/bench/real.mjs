// The real corpus (test/fixtures/real): the checker scored against the hand labels — precision and recall per
// (document, rule), each miss with the checker's messages, per-rule counts and the time to read and check them all.
// Printed, not asserted; test/core/real/real-corpus.test.ts holds the same figures to at least 0.98.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const corpus = join(root, "test/fixtures/real");
const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-real-"));
const out = join(dir, "bundle.mjs");

try {
  await build({
    entryPoints: [join(root, "test/helpers/real-corpus.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: out,
    logLevel: "error",
  });
  const { scoreCorpus, formatScore, loadRuleData } = await import(pathToFileURL(out).href);
  await loadRuleData();
  const labels = JSON.parse(readFileSync(join(corpus, "labels.json"), "utf8"));
  const started = performance.now();
  const score = scoreCorpus(labels, (file) => new Uint8Array(readFileSync(join(corpus, file))));
  const ms = performance.now() - started;
  console.log(formatScore(score));
  console.log("\nquy tắc              đúng  báo thừa  bỏ sót");
  for (const [rule, [tp, fp, fn]] of Object.entries(score.byRule).sort())
    console.log(
      `${rule.padEnd(20)} ${String(tp).padStart(4)} ${String(fp).padStart(9)} ${String(fn).padStart(7)}`,
    );
  console.log(`\nĐọc và kiểm tra ${score.documents} tệp: ${ms.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
