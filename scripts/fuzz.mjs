// `npm run fuzz [-- RUNS [SEED]]`: the fuzz test of test/fuzz (the CLI contract under mutated documents) at length —
// 3000 mutants by default from a fresh seed, printed so a failure can be replayed — then its figures.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 3000);
const seed = Number(process.argv[3] ?? Math.floor(Math.random() * 2 ** 31));
console.log(`Fuzz: ${runs} mutants from seed ${seed} (replay: npm run fuzz -- ${runs} ${seed}).`);

const started = Date.now();
const jest = spawnSync(
  join(root, "node_modules", ".bin", "jest"),
  ["--selectProjects", "unit", "-w", "1", "--silent", "test/fuzz"],
  {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
  },
);
const seconds = (Date.now() - started) / 1000;

const summary = JSON.parse(readFileSync(join(root, "test-results", "fuzz-summary.json"), "utf8"));
console.log(
  `${summary.runs} mutants in ${seconds.toFixed(0)} s: exit 0 ${summary.byExit[0]}, exit 1 ${summary.byExit[1]}, ` +
    `exit 2 ${summary.byExit[2]}; ${summary.fixes} fixes re-checked; ${summary.unexpected} unexpected errors.`,
);
for (const [kind, [zero, one, two]] of Object.entries(summary.byKind))
  console.log(`  ${kind.padEnd(20)} exit 0: ${zero}, 1: ${one}, 2: ${two}`);
process.exitCode = jest.status ?? 1;
