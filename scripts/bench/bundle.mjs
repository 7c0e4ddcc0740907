// Size of what the task pane downloads: a production build (office.js from the CDN, as `npm run build`) into a
// temporary folder, then each script's size raw and gzipped. The old Edge webview's needs (babel's lowering,
// core-js, \p{…} expanded into ranges) are part of it. Prints, asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = mkdtempSync(join(tmpdir(), "vanthu-bench-bundle-"));
const t = performance.now();
const { status } = spawnSync(
  join(root, "node_modules", ".bin", "webpack"),
  [
    "--mode",
    "production",
    "--env",
    `outDir=${out}`,
    "--stats",
    "errors-warnings",
    // The "detailed" preset keeps the entry points and named chunk groups the first-load sum needs.
    "--stats",
    "detailed",
    `--json=${join(out, "stats.json")}`,
  ],
  { cwd: root, stdio: "inherit" },
);
if (status !== 0) throw new Error(`webpack exited with ${status}`);
console.log(`production build ${((performance.now() - t) / 1000).toFixed(1)} s`);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`.padStart(8);
for (const file of readdirSync(out).filter((f) => f.endsWith(".js"))) {
  const bytes = readFileSync(join(out, file));
  console.log(
    `${file.replace(/\.[0-9a-f]{8}\.js$/, ".js").padEnd(14)} ${kb(bytes.length)} raw ${kb(gzipSync(bytes).length)} gzip`,
  );
}
// What the pane downloads before it is usable: the entry and the chunks of the tab it opens on (Soạn thảo); the
// other tabs load when first opened.
const stats = JSON.parse(readFileSync(join(out, "stats.json"), "utf8"));
const firstLoad = new Set(
  [...stats.entrypoints.taskpane.assets, ...stats.namedChunkGroups["tab-soan-thao"].assets]
    .map((a) => a.name)
    .filter((name) => name.endsWith(".js")),
);
let raw = 0;
let gzip = 0;
for (const name of firstLoad) {
  const bytes = readFileSync(join(out, name));
  raw += bytes.length;
  gzip += gzipSync(bytes).length;
}
console.log(`first load (entry + Soạn thảo tab) ${kb(raw)} raw ${kb(gzip)} gzip (target ≤ 250 KB gzip)`);
rmSync(out, { recursive: true, force: true });
