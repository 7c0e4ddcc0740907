// Steps through the task pane in the built preview (in-memory host beside the rendered sample plan), shared by
// the browser tests: each drives the real UI the way a user would and waits for what the user would see.
import type { BrowserContext, Locator, Page } from "playwright-core";

export const TABS = ["Soạn thảo", "Kiểm tra", "Ngày kỷ niệm", "Thư viện", "Cài đặt"];
export const TAB_IDS = ["soan-thao", "kiem-tra", "ngay-ky-niem", "thu-vien", "cai-dat"];

export const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').innerText();

export const docPreview = (page: Page) => page.getByTestId("doc-preview");

export const previewParagraphs = (page: Page) => docPreview(page).locator("p[data-paragraph]");

/** Waits for the sample plan to be rendered beside the pane. */
export async function waitForSample(page: Page): Promise<void> {
  await docPreview(page).getByText("KẾ HOẠCH", { exact: true }).waitFor();
}

/** A new page `width` px wide on the preview's Soạn thảo tab, once the sample shows; its script errors go to `errors`. */
export async function openPaneAt(
  context: BrowserContext,
  origin: string,
  width: number,
  errors: string[],
): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/preview.html?tab=soan-thao`);
  await waitForSample(page);
  return page;
}

/** Clicks every tab in order; each must become the selected one and show its own panel. */
export async function switchEveryTab(page: Page): Promise<void> {
  expect(await page.getByRole("tab").allInnerTexts()).toEqual(TABS);
  for (const [i, name] of TABS.entries()) {
    await page.getByRole("tab", { name }).click();
    await expect(selectedTab(page)).resolves.toBe(name);
    await expect(page.getByRole("tabpanel").getAttribute("data-tab")).resolves.toBe(TAB_IDS[i]);
  }
}

/** Soạn thảo: inserts the header block (agency, national motto, number, date, type) at the cursor. */
export async function insertDraftHeader(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Soạn thảo" }).click();
  await page.getByRole("button", { name: /^Chèn phần đầu/ }).click();
  await page.getByText(/^Đã chèn \d+ đoạn\.$/).waitFor();
}

/** Kiểm tra: checks the open document and opens the first group of findings; returns the summary line. */
export async function checkDocument(page: Page): Promise<string> {
  await page.getByRole("tab", { name: "Kiểm tra" }).click();
  await page.getByRole("tabpanel").getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const summary = page.getByText(/^\d+ lỗi · \d+ cảnh báo · \d+ gợi ý$/);
  await summary.waitFor();
  await page.getByRole("tabpanel").getByRole("button", { expanded: false }).first().click();
  await page
    .getByRole("button", { name: /^(Lỗi|Cảnh báo|Gợi ý) · / })
    .first()
    .waitFor();
  return summary.innerText();
}

/** Ngày kỷ niệm: lists 2019 for the sample office; returns that year's section. */
export async function listAnniversaries2019(page: Page): Promise<Locator> {
  await page.getByRole("tab", { name: "Ngày kỷ niệm" }).click();
  await page.getByLabel("Từ năm").fill("2019");
  await page.getByLabel("Đến năm").fill("2019");
  const year = page.locator('section[aria-label="Năm 2019"]');
  await year.getByText(/^75 năm Ngày thành lập Quân đội nhân dân Việt Nam — 22\/12\/2019$/).waitFor();
  return year;
}

/** Thư viện: loads the starter library, searches without diacritics and opens the first clause found. */
export async function openStarterClause(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Thư viện" }).click();
  await page.getByRole("button", { name: "Dùng thư viện mẫu" }).click();
  await page.getByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản 1\.0/).waitFor();
  await page.getByRole("searchbox").fill("thi dua chuyen de ngay ky niem");
  const list = page.getByRole("list", { name: "Danh sách điều khoản" });
  await list.getByRole("button").first().click();
  await expect(page.getByRole("document", { name: "Xem trước" }).innerText()).resolves.toContain(
    "của tỉnh Lạng Sơn và của đất nước trong năm",
  );
}
