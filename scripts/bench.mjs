// `npm run bench`: runs every benchmark in scripts/bench/*.mjs, each in its own Node process, and prints what they
// measure (never asserted). `npm run bench -- reader library` runs only the named ones.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "bench");
const wanted = process.argv.slice(2);
const all = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".mjs"))
      .sort()
  : [];
const benches = all.filter((f) => !wanted.length || wanted.includes(basename(f, ".mjs")));

if (!benches.length) {
  console.error(`Không có bài đo nào${wanted.length ? ` tên ${wanted.join(", ")}` : ""} trong ${dir}.`);
  process.exit(2);
}

console.log(
  `Node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? "?"}), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
let failed = 0;
for (const file of benches) {
  console.log(`\n== ${basename(file, ".mjs")} ==`);
  const { status } = spawnSync(process.execPath, [join(dir, file)], { stdio: "inherit" });
  if (status !== 0) {
    failed++;
    console.error(`(bài đo ${file} dừng với mã ${status})`);
  }
}
process.exitCode = failed ? 1 : 0;
