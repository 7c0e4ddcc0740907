// The Thư viện tab in the built preview (dist-e2e/, made by `npm test`) in Debian's chromium: a starter
// province library loads, a search without diacritics finds a clause, and inserting it puts the clause, with
// its variables filled, into the sample document rendered beside the pane.
import type { BrowserContext } from "playwright-core";
import { docPreview, openStarterClause, waitForSample } from "./pane-steps";
import { openPreviewBrowser, type PreviewBrowser } from "./preview-browser";
import type { StaticServer } from "./static-server";

jest.setTimeout(90_000);

let server: StaticServer;
let context: BrowserContext;
let browser: PreviewBrowser;

beforeAll(async () => {
  browser = await openPreviewBrowser("library");
  server = browser.server;
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

test("loads a starter library, finds a clause without diacritics and inserts it into the preview", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/preview.html`);
  await waitForSample(page);
  await openStarterClause(page);
  await page.getByRole("button", { name: "Chèn vào vị trí con trỏ" }).click();
  await page.getByText(/Đã chèn điều khoản/).waitFor();

  // The sample plan has its own "2.3." paragraph; the inserted one carries this year and the province.
  const year = String(new Date().getFullYear());
  await docPreview(page)
    .getByText(`của tỉnh Lạng Sơn và của đất nước trong năm ${year}, như:`, { exact: false })
    .waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
