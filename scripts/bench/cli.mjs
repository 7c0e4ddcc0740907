// CLI start-up: `npx --no-install vanthu --help` (the target: under 0.5 s), split into what is ours
// (`node bin/vanthu.js --help`) and what is npm's (`npm --version` is npm starting and stopping; plain `node -e 0`
// is Node itself). Medians of several runs, wall clock; prints, asserts nothing.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUNS = 9;

function median(command, args) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const { status } = spawnSync(command, args, { cwd: root, stdio: "ignore" });
    if (status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${status}`);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1];
}

const rows = [
  ["npx --no-install vanthu --help", "npx", ["--no-install", "vanthu", "--help"]],
  ["node bin/vanthu.js --help", process.execPath, ["bin/vanthu.js", "--help"]],
  ["node bin/vanthu.js new --help (loads one command)", process.execPath, ["bin/vanthu.js", "new", "--help"]],
  ["npm --version (npm's own start-up)", "npm", ["--version"]],
  ["node -e 0 (Node's own start-up)", process.execPath, ["-e", "0"]],
];
for (const [label, command, args] of rows)
  console.log(`${label.padEnd(52)} ${(median(command, args) / 1000).toFixed(2)} s (median of ${RUNS})`);
