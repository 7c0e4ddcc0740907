// The "Ngày kỷ niệm" tab in the built preview (Debian's chromium, in-memory host beside the sample plan):
// choose a period, tick a day off, insert at the cursor and see the line in the document.
import { mkdirSync } from "fs";
import { join } from "path";
import type { BrowserContext } from "playwright-core";
import { docPreview, listAnniversaries2019, previewParagraphs, waitForSample } from "./pane-steps";
import { openPreviewBrowser, root, type PreviewBrowser } from "./preview-browser";
import type { StaticServer } from "./static-server";

jest.setTimeout(90_000);

let server: StaticServer;
let context: BrowserContext;
let browser: PreviewBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openPreviewBrowser("anniversary");
  server = browser.server;
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

test("lists 2019 for the sample office, leaves out a ticked-off day and inserts the line", async () => {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/preview.html`);
  await waitForSample(page);
  const before = await previewParagraphs(page).count();

  const year = await listAnniversaries2019(page);
  await year.getByLabel(/^30 năm Ngày hội Quốc phòng toàn dân/).uncheck();
  await page.getByRole("button", { name: "Chèn" }).click();
  await page.getByText("Đã chèn 1 dòng vào vị trí con trỏ.").waitFor();

  const inserted = docPreview(page).locator("p[data-paragraph]", { hasText: /^- Năm 2019: Kỷ niệm 89 năm/ });
  await inserted.waitFor();
  const text = await inserted.innerText();
  expect(text).toContain("110 năm Ngày sinh của đồng chí Hoàng Văn Thụ (04/11/1909 – 04/11/2019)");
  expect(text).toContain("75 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2019)");
  expect(text).not.toContain("Quốc phòng toàn dân");
  expect(await previewParagraphs(page).count()).toBe(before + 1);
  mkdirSync(join(root, "test-results"), { recursive: true });
  await page.screenshot({ path: join(root, "test-results", "anniversary-tab.png") });
  await page.close();
  expect(pageErrors).toEqual([]);
});
