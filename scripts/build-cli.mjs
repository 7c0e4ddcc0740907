// Bundles the CLI (src/cli/index.ts) into plain JavaScript at dist-cli/vanthu.cjs; bin/vanthu.js loads it.
// Runs from `npm ci` / `npm install` through the `prepare` script, and from bin/vanthu.js when the bundle is missing.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [join(root, "src/cli/index.ts")],
  outfile: join(root, "dist-cli/vanthu.cjs"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  legalComments: "none",
  logLevel: "warning",
});
