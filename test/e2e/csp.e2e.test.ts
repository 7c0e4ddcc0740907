// The built pages under their Content-Security-Policy in chromium: the pane and the preview run with no violation
// reported, and a script injected into the page (as text from a document or library might try) does not run.
import type { Page } from "playwright-core";
import { openPreviewBrowser, type PreviewBrowser } from "./preview-browser";

jest.setTimeout(120_000);

let browser: PreviewBrowser;
beforeAll(async () => {
  browser = await openPreviewBrowser("csp");
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<{ page: Page; violations: string[] }> {
  const violations: string[] = [];
  const page = await browser.context.newPage();
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await page.goto(`${browser.server.origin}/${path}`);
  return { page, violations };
}

it.each([
  ["preview.html", true],
  ["taskpane.html", false],
])("%s runs without a policy violation", async (path, loadLibrary) => {
  const { page, violations } = await open(path);
  await page.getByRole("tab").first().waitFor();
  for (const tab of await page.getByRole("tab").all()) await tab.click();
  // The clause library validates what it loads: with code compiled ahead of time, not evaluated. (Once loaded,
  // the library stays in the profile's storage, so the second page finds it there.)
  await page.getByRole("tab", { name: "Thư viện" }).click();
  if (loadLibrary) await page.getByRole("button", { name: "Dùng thư viện mẫu" }).click();
  await page.getByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản 1\.0/).waitFor();
  expect(violations).toEqual([]);
  await page.close();
});

it("refuses a script injected into the page", async () => {
  const { page, violations } = await open("preview.html");
  await page.getByRole("tab").first().waitFor();
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.head.appendChild(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.join("\n")).toMatch(/script-src/);
  await page.close();
});
