// The built preview (dist-e2e/, made by `npm test` with office.js from the npm copy) in Debian's chromium:
// the pane runs against the in-memory host beside the rendered sample plan, with no network beyond its origin.
import { mkdirSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { docPreview, previewParagraphs, selectedTab, switchEveryTab, waitForSample } from "./pane-steps";
import { bundlesOf, openPreviewBrowser, recordScripts, root, type PreviewBrowser } from "./preview-browser";
import type { StaticServer } from "./static-server";

const screenshots = join(root, "test-results");

jest.setTimeout(90_000);

let server: StaticServer;
let context: BrowserContext;
let browser: PreviewBrowser;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openPreviewBrowser("preview", { foreign: foreignRequests });
  server = browser.server;
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`${server.origin}/${path}`);
  return page;
}

beforeEach(() => {
  foreignRequests.length = 0;
  pageErrors.length = 0;
  server.missing.length = 0;
});

/** Nothing left the page's origin (except what `allowed` names), no file was missing, no script failed. */
function expectSelfContained(allowed?: RegExp) {
  expect(foreignRequests.filter((url) => !allowed?.test(url))).toEqual([]);
  expect(server.missing.filter((path) => path !== "/favicon.ico")).toEqual([]);
  expect(pageErrors).toEqual([]);
}

describe("browser preview", () => {
  test("renders the sample plan beside the pane and switches every tab", async () => {
    const page = await open("preview.html");
    await waitForSample(page);
    const preview = page.getByTestId("doc-preview");
    await expect(preview.innerText()).resolves.toContain(
      "Công tác Thi đua - Khen thưởng giai đoạn 2017-2020",
    );
    // The header block is a borderless table; the body keeps its justified paragraphs.
    expect(await preview.locator("table[data-table]").count()).toBeGreaterThan(0);
    expect(await preview.locator("p[data-paragraph]").count()).toBeGreaterThan(30);
    const title = preview.locator("p[data-paragraph]", { hasText: /^KẾ HOẠCH$/ });
    expect(await title.evaluate((el) => getComputedStyle(el).textAlign)).toBe("center");

    await switchEveryTab(page);
    await expect(preview.innerText()).resolves.toContain("KẾ HOẠCH");
    mkdirSync(screenshots, { recursive: true });
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.screenshot({ path: join(screenshots, "preview.png") });
    await page.close();
    expectSelfContained();
  });

  test("a current browser loads the modern bundle only, and the first tab's code with it", async () => {
    const page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(`${server.origin}/preview.html?tab=soan-thao`);
    await waitForSample(page);
    await page.getByRole("tabpanel").getByRole("button").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.bundle)).toBe("modern");
    expect(bundlesOf(scripts, "legacy")).toEqual([]);
    const modern = bundlesOf(scripts, "modern");
    expect(modern[0]).toMatch(/^taskpane\.[0-9a-f]{8}\.js$/);
    expect(modern).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^boot-preview\./),
        expect.stringMatching(/^tab-soan-thao\./),
      ]),
    );
    // The other tabs' code waits until they are opened.
    expect(modern.filter((p) => /^tab-(?!soan-thao)/.test(p))).toEqual([]);
    await page.close();
    expectSelfContained();
  });

  test("the pane is usable before the sample plan arrives; what is done meanwhile waits for it", async () => {
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/assets/sample/*.docx", async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto(`${server.origin}/preview.html?tab=soan-thao`);
    const insertHeader = page.getByRole("button", { name: /^Chèn phần đầu/ });
    await insertHeader.waitFor();
    await expect(docPreview(page).innerText()).resolves.toContain("Đang mở văn bản mẫu");
    await expect(previewParagraphs(page).count()).resolves.toBe(0);
    // Clicked while the sample is still on its way: the insert waits for the document, then goes in.
    await insertHeader.click();
    release();
    await page.getByText(/^Đã chèn \d+ đoạn\.$/).waitFor();
    // The sample's title and the inserted header's document type.
    await docPreview(page).getByText("KẾ HOẠCH", { exact: true }).nth(1).waitFor();
    await expect(docPreview(page).locator("[data-inserted]").count()).resolves.toBeGreaterThan(0);
    await expect(docPreview(page).innerText()).resolves.not.toContain("Đang mở văn bản mẫu");
    await page.close();
    expectSelfContained();
  });

  test("remembers the last tab when the pane opens again", async () => {
    const page = await open("preview.html");
    await waitForSample(page);
    await page.getByRole("tab", { name: "Thư viện" }).click();
    await page.reload();
    await waitForSample(page);
    await expect(selectedTab(page)).resolves.toBe("Thư viện");
    await page.close();
    expectSelfContained();
  });

  test("taskpane.html loads the bundled office.js and, outside Office, opens the preview on ?tab=", async () => {
    const page = await open("taskpane.html?tab=ngay-ky-niem");
    await waitForSample(page);
    await expect(selectedTab(page)).resolves.toBe("Ngày kỷ niệm");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe(
      "object",
    );
    await page.close();
    // office.js itself opens a telemetry frame on Microsoft's servers; it is refused here and nothing needs it.
    expectSelfContained(/^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//);
  });

  test("Internet Explorer's engine gets the Vietnamese explanation page", async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.setUserAgentOverride", {
      userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    });
    await page.goto(`${server.origin}/taskpane.html?tab=kiem-tra`);
    await page.waitForURL(/\/ie\.html$/);
    await expect(page.locator("#ie-title").innerText()).resolves.toContain("chưa chạy được Trợ lý Văn thư");
    await expect(page.locator("body").innerText()).resolves.toContain("Word trên web");
    await page.close();
    expectSelfContained();
  });

  it("serves the rule pages each finding links to", async () => {
    const page = await open("preview.html");
    const response = await page.request.get(`${server.origin}/docs/rules/motto.md`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Tiêu ngữ");
    await page.close();
  });
});
