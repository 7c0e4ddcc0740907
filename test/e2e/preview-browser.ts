// One way to start the built preview (dist-e2e/, made by `npm test`) in Debian's chromium for the e2e tests: a
// local static server, a fresh profile, the flags this closed network needs, and no request beyond the origin
// (the optional `foreign` list records what was refused), optionally posing as another browser.
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { serveStatic, type StaticServer } from "./static-server";

export const root = join(__dirname, "..", "..");
export const dist = join(root, process.env.VANTHU_E2E_DIST ?? "dist-e2e");

export interface PreviewBrowser {
  server: StaticServer;
  context: BrowserContext;
  close(): Promise<void>;
}

export interface PreviewOptions {
  /** Requests refused for leaving the origin are recorded here. */
  foreign?: string[];
  /** The browser's user agent string (default: chromium's own). */
  userAgent?: string;
}

export async function openPreviewBrowser(
  name: string,
  { foreign, userAgent }: PreviewOptions = {},
): Promise<PreviewBrowser> {
  if (!existsSync(join(dist, "preview.html")))
    throw new Error(`${dist}/preview.html is missing: build it first (npm test does).`);
  const server = await serveStatic(dist);
  const profile = mkdtempSync(join(tmpdir(), `vanthu-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    timeout: 30_000,
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    userAgent,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(45_000);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith("data:") || url.startsWith("blob:"))
      return route.continue();
    foreign?.push(url);
    return route.abort();
  });
  return {
    server,
    context,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The scripts a page requests from now on, by path without the leading "/" (office.js's own files left out). */
export function recordScripts(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname.slice(1);
    if (request.resourceType() === "script" && !path.startsWith("office-js/")) paths.push(path);
  });
  return paths;
}

/** The scripts of one build: the hashed bundles, legacy (name.legacy.hash.js) or modern (name.hash.js). */
export function bundlesOf(paths: string[], build: "modern" | "legacy"): string[] {
  const legacy = /\.legacy\.[0-9a-f]{8}\.js$/;
  return paths.filter((p) => /\.[0-9a-f]{8}\.js$/.test(p) && legacy.test(p) === (build === "legacy"));
}
