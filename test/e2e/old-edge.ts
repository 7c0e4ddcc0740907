// Makes a chromium context pose as the old Edge webview of Office 2016/2019 (EdgeHTML 18): its user agent, and
// edge18-init.js run before every page's scripts, with acorn (its UMD build) beside it.
import { readFileSync } from "fs";
import { join } from "path";
import type { BrowserContext } from "playwright-core";

export const EDGE_18_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 " +
  "Safari/537.36 Edge/18.17763";

export async function emulateEdge18(context: BrowserContext): Promise<void> {
  const acorn = readFileSync(require.resolve("acorn"), "utf8");
  const init = readFileSync(join(__dirname, "edge18-init.js"), "utf8");
  // acorn's UMD wrapper fills `module.exports` when there is one, so it stays out of the page's globals.
  await context.addInitScript({
    content: `(function () {\nvar module = { exports: {} }, exports = module.exports;\n${acorn}\n;(function (acorn) {\n${init}\n})(module.exports);\n})();`,
  });
}
