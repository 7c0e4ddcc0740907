// Bundles the CLI (src/cli/index.ts) into plain JavaScript under dist-cli/: vanthu.mjs, which lists the commands,
// and one chunk per command that loads when the command runs (so `vanthu --help` parses a few kilobytes, not the
// checker). bin/vanthu.js loads it. Runs from `npm ci` / `npm install` through the `prepare` script, and from
// bin/vanthu.js when the bundle is missing.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist-cli");

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { vanthu: join(root, "src/cli/index.ts") },
  outdir,
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // Bundled CommonJS packages still call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as vanthuCreateRequire } from "node:module"; const require = vanthuCreateRequire(import.meta.url);',
  },
  legalComments: "none",
  logLevel: "warning",
});
