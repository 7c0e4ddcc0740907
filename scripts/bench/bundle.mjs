// What the task pane downloads, and how soon it is usable. A production build (office.js from the CDN, as
// `npm run build`) into a temporary folder, then for each build (modern: current webviews; legacy: the old Edge
// webview, see webpack.config.js):
//  - every script's size raw and gzipped;
//  - the first load: what the pane fetches before it is usable (the entry, the boot code of its path, the Soạn
//    thảo tab it opens on), in Word (taskpane.html) and in the browser preview (preview.html);
//  - the preview's time to interactive with a cold cache: Debian's chromium (playwright-core) with a fresh profile
//    per run opens preview.html from a local server; from navigation start to the first button of the Soạn thảo
//    tab in the page (a MutationObserver notes the moment), and to the sample plan rendered beside it. The legacy
//    build is reached by hiding WeakRef, as the loader's feature test then picks it. Median of RUNS, then where
//    the time goes: when each file on the way arrived (resource timing) and when the start-up screen showed (the
//    entry has run and React rendered once).
// Prints, asserts nothing.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const RUNS = 7;

/** The breakdown's steps, in the order they usually come: label → key of a run's result. */
const STEPS = {
  "entry fetched": "entry",
  "start-up screen": "startupAt",
  "sample fetched": "sample",
  "boot-preview fetched": "boot",
  "Soạn thảo code fetched": "tab",
  "pane usable": "usableAt",
  "reader fetched": "reader",
  "sample shown": "documentAt",
};

/** Resource timing names → the breakdown's keys (hashed file names, either build). */
const FILES = {
  entry: /\/taskpane\.(legacy\.)?[0-9a-f]{8}\.js$/,
  boot: /\/boot-preview\.(legacy\.)?[0-9a-f]{8}\.js$/,
  tab: /\/tab-soan-thao\.(legacy\.)?[0-9a-f]{8}\.js$/,
  reader: /\/preview-document\.(legacy\.)?[0-9a-f]{8}\.js$/,
  sample: /\.docx$/,
};
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = mkdtempSync(join(tmpdir(), "vanthu-bench-bundle-"));
const kb = (n) => `${(n / 1024).toFixed(0)} KB`.padStart(8);

try {
  const t = performance.now();
  const { status } = spawnSync(
    join(root, "node_modules", ".bin", "webpack"),
    [
      "--mode",
      "production",
      "--env",
      `outDir=${out}`,
      // office.js from the npm copy, so the pages open without a network; it is not counted below.
      "--env",
      "officeJs=local",
      "--stats",
      "errors-warnings",
      // The "detailed" preset keeps the entry points and named chunk groups the first-load sums need.
      "--stats",
      "detailed",
      `--json=${join(out, "stats.json")}`,
    ],
    { cwd: root, stdio: "inherit" },
  );
  if (status !== 0) throw new Error(`webpack exited with ${status}`);
  console.log(`production build (both) ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const stats = JSON.parse(readFileSync(join(out, "stats.json"), "utf8"));
  const sizes = new Map();
  const size = (name) => {
    if (!sizes.has(name)) {
      const bytes = readFileSync(join(out, name));
      sizes.set(name, { raw: bytes.length, gzip: gzipSync(bytes).length });
    }
    return sizes.get(name);
  };
  for (const build of stats.children) {
    console.log(`\n${build.name} build:`);
    const scripts = build.assets
      .map((a) => a.name)
      .filter((name) => name.endsWith(".js") && !name.startsWith("office-js/"));
    for (const name of scripts.sort((a, b) => size(b).gzip - size(a).gzip)) {
      const { raw, gzip } = size(name);
      console.log(
        `  ${name.replace(/(\.legacy)?\.[0-9a-f]{8}\.js$/, ".js").padEnd(60)} ${kb(raw)} raw ${kb(gzip)} gzip`,
      );
    }
    const groups = (...names) => {
      const files = new Set(
        names
          .flatMap((n) => (build.namedChunkGroups[n] ?? build.entrypoints[n]).assets)
          .map((a) => a.name)
          .filter((name) => name.endsWith(".js")),
      );
      let raw = 0;
      let gzip = 0;
      for (const name of files) {
        raw += size(name).raw;
        gzip += size(name).gzip;
      }
      return `${kb(raw)} raw ${kb(gzip)} gzip`;
    };
    console.log(
      `  first load in Word     (entry + boot-word + Soạn thảo)    ${groups("taskpane", "boot-word", "tab-soan-thao")}`,
    );
    console.log(
      `  first load in preview  (entry + boot-preview + Soạn thảo) ${groups("taskpane", "boot-preview", "tab-soan-thao")}`,
    );
  }
  console.log("(target: modern first load ≤ 250 KB gzip)");

  await timeToInteractive(out);
} finally {
  rmSync(out, { recursive: true, force: true });
}

async function timeToInteractive(dir) {
  const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) {
    console.log(`\ntime to interactive: not measured (no chromium at ${chromiumPath})`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const server = await serve(dir);
  console.log(`\npreview time to interactive, cold cache (median of ${RUNS}, min–max):`);
  try {
    for (const build of ["modern", "legacy"]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldRun(chromium, chromiumPath, server.origin, build));
      const median = (key) => {
        const times = runs.map((r) => r[key]).sort((a, b) => a - b);
        return `${times[Math.floor(RUNS / 2)].toFixed(0).padStart(5)} ms (${times[0].toFixed(0)}–${times[RUNS - 1].toFixed(0)})`;
      };
      console.log(
        `  ${build.padEnd(7)} pane usable ${median("usableAt")}, sample plan shown ${median("documentAt")} (target: usable ≤ 1000 ms)`,
      );
      const steps = Object.entries(STEPS).map(([label, key]) => {
        const times = runs.map((r) => r[key]).filter((t) => t !== undefined);
        if (!times.length) return `${label} –`;
        times.sort((a, b) => a - b);
        return `${label} ${times[Math.floor(times.length / 2)].toFixed(0)}`;
      });
      console.log(`          median ms from navigation: ${steps.join(", ")}`);
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

async function coldRun(chromium, executablePath, origin, build) {
  const profile = mkdtempSync(join(tmpdir(), "vanthu-bench-tti-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    // The page reports by a console message once the pane is usable and the sample shown: waiting with
    // page.waitForFunction would evaluate playwright's injected script (~180 ms of the page's main thread under load on
    // this machine) in the middle of the start-up being measured.
    await context.addInitScript({
      content: `(() => {
        ${build === "legacy" ? "delete window.WeakRef;" : ""}
        const at = {};
        new MutationObserver((_, observer) => {
          if (!at.startupAt && document.querySelector("#root > *")) at.startupAt = performance.now();
          if (!at.usableAt && document.querySelector('[role="tabpanel"][data-tab="soan-thao"] button'))
            at.usableAt = performance.now();
          if (!at.documentAt && document.querySelector('[data-testid="doc-page"] p[data-paragraph]'))
            at.documentAt = performance.now();
          if (!at.usableAt || !at.documentAt) return;
          observer.disconnect();
          at.bundle = document.documentElement.dataset.bundle;
          at.resources = performance.getEntriesByType("resource").map((e) => [e.name, e.responseEnd]);
          console.log("vanthu-bench " + JSON.stringify(at));
        }).observe(document, { childList: true, subtree: true });
      })();`,
    });
    const page = await context.newPage();
    const reported = page.waitForEvent("console", {
      predicate: (message) => message.text().startsWith("vanthu-bench "),
      timeout: 30_000,
    });
    await page.goto(`${origin}/preview.html?tab=soan-thao`);
    const { usableAt, documentAt, startupAt, bundle, resources } = JSON.parse(
      (await reported).text().slice("vanthu-bench ".length),
    );
    if (bundle !== build) throw new Error(`expected the ${build} bundle, the page ran ${bundle}`);
    // The build's own files (chromium also fetches the modern entry the page preloads when it runs legacy).
    const own = (name) => name.endsWith(".docx") || name.includes(".legacy.") === (build === "legacy");
    const arrived = {};
    for (const [key, pattern] of Object.entries(FILES)) {
      const found = resources.find(([name]) => pattern.test(name) && own(name));
      if (found) arrived[key] = found[1];
    }
    return { usableAt, documentAt, startupAt, ...arrived };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

function serve(dir) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = createServer((request, response) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      server.origin = `http://127.0.0.1:${server.address().port}`;
      resolve(server);
    }),
  );
}
