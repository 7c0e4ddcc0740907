// The built preview in chromium posing as the old Edge webview of Office 2016/2019 (EdgeHTML 18, see
// old-edge.ts): the gate in taskpane.html lets it in, and the main flows run on the bundles' own polyfills and
// fallbacks without a script error or a console error.
import type { BrowserContext, Page } from "playwright-core";
import { NO_FLEX_GAP } from "../../src/taskpane/shell/flex-gap";
import { EDGE_18_UA, emulateEdge18 } from "./old-edge";
import {
  checkDocument,
  insertDraftHeader,
  listAnniversaries2019,
  openStarterClause,
  previewParagraphs,
  selectedTab,
  switchEveryTab,
  waitForSample,
} from "./pane-steps";
import { bundlesOf, openPreviewBrowser, recordScripts, type PreviewBrowser } from "./preview-browser";
import type { StaticServer } from "./static-server";

jest.setTimeout(120_000);

let server: StaticServer;
let context: BrowserContext;
let browser: PreviewBrowser;

beforeAll(async () => {
  browser = await openPreviewBrowser("old-edge", { userAgent: EDGE_18_UA });
  server = browser.server;
  context = browser.context;
  await emulateEdge18(context);
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page and records its uncaught errors and console errors. */
async function open(path: string): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const page = await context.newPage();
  const scripts = recordScripts(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.origin}/${path}`);
  return { page, errors, scripts };
}

// What a page's own script sees. Served rather than evaluated: page.evaluate works from a script of playwright's own.
const PROBE_PAGE = `<!doctype html><meta charset="utf-8"><script>
  var compiles = function (make) { try { make(); return "ok"; } catch (e) { return e.name; } };
  document.write(JSON.stringify({
    missing: [typeof WeakRef, typeof ResizeObserver, typeof [].flat, typeof Object.fromEntries, typeof TextDecoder],
    lookbehind: compiles(function () { return new RegExp("(?<!a)b"); }),
    namedGroup: compiles(function () { return RegExp("(?<year>\\\\d+)"); }),
    unicodeProperty: compiles(function () { return new RegExp("\\\\p{L}", "u"); }),
    dotAll: compiles(function () { return new RegExp("a.b", "s"); }),
    es2017: compiles(function () { return new RegExp("^[\\\\u00C0-\\\\u1EF9]+$", "iu"); }),
    objectRest: compiles(function () { return new Function("const { a, ...rest } = {}"); }),
  }));
</script>`;

test("the emulation takes away what EdgeHTML 18 lacks", async () => {
  const page = await context.newPage();
  await page.route("**/probe.html", (route) => route.fulfill({ contentType: "text/html", body: PROBE_PAGE }));
  await page.goto(`${server.origin}/probe.html`);
  expect(JSON.parse(await page.locator("body").innerText())).toEqual({
    missing: ["undefined", "undefined", "undefined", "undefined", "undefined"],
    lookbehind: "SyntaxError",
    namedGroup: "SyntaxError",
    unicodeProperty: "SyntaxError",
    dotAll: "SyntaxError",
    es2017: "ok",
    objectRest: "SyntaxError",
  });
  await page.close();
});

test("taskpane.html lets the Edge 18 webview in and opens the pane on ?tab= with the legacy bundle", async () => {
  const { page, errors, scripts } = await open("taskpane.html?tab=kiem-tra");
  await waitForSample(page);
  await page.getByRole("tabpanel").getByRole("button").first().waitFor();
  expect(await page.evaluate(() => document.documentElement.dataset.bundle)).toBe("legacy");
  // The page preloads the modern entry, which EdgeHTML 18 ignores; chromium fetches it but it never runs, and
  // nothing else of the modern build is fetched.
  const [preloaded, ran] = await page.evaluate(() => {
    const path = (url: string) => new URL(url, location.href).pathname.slice(1);
    return [
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => path(link.href)),
      [...document.scripts].filter((script) => script.src).map((script) => path(script.src)),
    ];
  });
  expect(bundlesOf(scripts, "modern").filter((file) => !preloaded.includes(file))).toEqual([]);
  expect(bundlesOf(ran, "modern")).toEqual([]);
  expect(bundlesOf(ran, "legacy")[0]).toMatch(/^taskpane\.legacy\./);
  expect(bundlesOf(scripts, "legacy")[0]).toMatch(/^taskpane\.legacy\./);
  expect(new URL(page.url()).pathname).toBe("/taskpane.html");
  await expect(selectedTab(page)).resolves.toBe("Kiểm tra");
  await page.close();
  expect(errors).toEqual([]);
});

test("renders the sample, switches tabs, checks, drafts, lists anniversaries and searches the library", async () => {
  const { page, errors } = await open("preview.html");
  await waitForSample(page);

  await switchEveryTab(page);
  // Arrow keys move focus along the tabs (tabster reads composedPath() on every focus change).
  await page.getByRole("tab", { name: "Soạn thảo" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus").innerText()).resolves.toBe("Kiểm tra");

  const summary = await checkDocument(page);
  expect(summary).not.toBe("0 lỗi · 0 cảnh báo · 0 gợi ý");

  const before = await previewParagraphs(page).count();
  await insertDraftHeader(page);
  expect(await previewParagraphs(page).count()).toBeGreaterThan(before);

  await listAnniversaries2019(page);
  await openStarterClause(page);
  await page.close();
  expect(errors).toEqual([]);
});

// Chromium has flex gap, so the pane is not marked; marked by hand, the margin rules that stand in for gap in the
// old Edge webview must reach the pane's boxes.
test("spaces the pane's boxes with margins where flex gap is missing", async () => {
  const { page, errors } = await open("preview.html");
  await waitForSample(page);
  // The tab opened first loads its code after the shell: wait for its boxes before counting them.
  await page.getByRole("tabpanel").getByRole("button").first().waitFor();
  const fallback = await page.evaluate((mark) => {
    const html = document.documentElement;
    const markedByProbe = html.classList.contains(mark);
    html.classList.add(mark);
    const rules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter(
        (rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText.includes(mark),
      );
    const margins = rules.flatMap((rule) =>
      [...document.querySelectorAll(rule.selectorText)].map((el) => {
        const style = getComputedStyle(el);
        return rule.style.marginTop ? style.marginTop : style.marginLeft;
      }),
    );
    return {
      markedByProbe,
      rules: rules.length,
      spaced: margins.length,
      zero: margins.filter((m) => m === "0px"),
    };
  }, NO_FLEX_GAP);
  expect(fallback.markedByProbe).toBe(false);
  expect(fallback.rules).toBeGreaterThan(1);
  expect(fallback.spaced).toBeGreaterThan(3);
  expect(fallback.zero).toEqual([]);
  await page.close();
  expect(errors).toEqual([]);
});
