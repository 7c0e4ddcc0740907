// `npm test`: builds the CLI bundle and the preview (office.js from the npm copy, into dist-e2e/), then runs every
// jest project (unit, then the real-browser e2e). The summary reporter prints the closing "N passed, N failed".
// Extra arguments go to jest (`npm test -- test/cli`). The system tools the tests need (chromium, LibreOffice,
// poppler, fonts) are checked first: installed with apt when run as root, otherwise one message names the command.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureSystemDeps } from "./system-deps.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: "inherit" }).status ?? 1;

if (!ensureSystemDeps()) process.exit(2);

const E2E_DIST = "dist-e2e";

if (run(process.execPath, [join(root, "scripts", "build-cli.mjs")]) !== 0) {
  console.error("Không dựng được CLI (scripts/build-cli.mjs) — could not build the CLI bundle.");
}

// A failed build must not leave an older preview for the e2e test to pass on.
rmSync(join(root, E2E_DIST), { recursive: true, force: true });
const built = run(bin("webpack"), [
  "--mode",
  "development",
  "--env",
  "officeJs=local",
  "--env",
  `outDir=${E2E_DIST}`,
  "--stats",
  "errors-warnings",
]);
if (built !== 0) console.error("Không dựng được bản xem thử (webpack) — the e2e test will fail.");

process.exitCode = run(bin("jest"), ["--ci", ...process.argv.slice(2)]);
