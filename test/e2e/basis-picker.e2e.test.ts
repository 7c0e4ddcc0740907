// Soạn thảo → "Căn cứ ban hành" in the built preview at a Word pane's 350 px and at 1400 px (issue 16): the picker
// and the laws data load only when the list is first opened, a search without diacritics finds the law in force,
// and the chosen căn cứ goes into the new decision.
import type { BrowserContext, Page } from "playwright-core";
import { docPreview, openPaneAt } from "./pane-steps";
import { openPreviewBrowser, type PreviewBrowser } from "./preview-browser";

jest.setTimeout(120_000);

let browser: PreviewBrowser;
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openPreviewBrowser("basis-picker");
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((r) => r.name)
      .filter((n) => n.endsWith(".js")),
  );

describe.each([350, 1400])("the căn cứ picker at %i px", (width) => {
  test("loads on first open, finds the law in force without diacritics, and fills the decision", async () => {
    pageErrors.length = 0;
    const page = await openPaneAt(context, browser.server.origin, width, pageErrors);
    const panel = page.getByRole("tabpanel");
    await panel.getByLabel("Nhóm văn bản").selectOption("decision");
    await panel.getByLabel("Loại văn bản", { exact: true }).selectOption("quyet-dinh");
    await panel.getByLabel("Ngày ban hành").fill("2026-03-09");
    const openList = panel.getByRole("button", { name: "Chọn văn bản làm căn cứ" });
    await openList.waitFor();
    const before = await scripts(page);
    await openList.click();
    await panel.getByLabel("Tìm theo tên hoặc số hiệu (không cần dấu)").fill("luat dat dai");
    const list = panel.getByRole("group", { name: "Căn cứ ban hành" });
    const law = list.getByLabel("Luật Đất đai (31/2024/QH15)");
    await law.waitFor();
    // The data came with the click, in a script the first load did not fetch.
    expect((await scripts(page)).filter((s) => !before.includes(s)).length).toBeGreaterThan(0);
    // Only the law in force on the date: the 2013 law was replaced from 01/8/2024.
    await expect(list.getByLabel("Luật Đất đai (45/2013/QH13)").count()).resolves.toBe(0);
    await law.check();
    await panel.getByText("Đã chọn 1 văn bản:").waitFor();
    // The pane keeps its width: every control of the picker stays inside the panel's right edge.
    const right = await panel.evaluate((el) => el.getBoundingClientRect().right);
    const outside = await page
      .getByTestId("basis-picker")
      .locator("input, button, label")
      .evaluateAll(
        (els, edge) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .filter((e) => e.getBoundingClientRect().right > edge + 1)
            .map((e) => e.outerHTML.slice(0, 80)),
        right,
      );
    expect(outside).toEqual([]);
    await panel.getByRole("button", { name: "Tạo văn bản" }).click();
    await page.getByRole("button", { name: "Tạo và thay văn bản" }).click();
    await docPreview(page)
      .locator("p[data-paragraph]")
      .filter({ hasText: "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;" })
      .waitFor();
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
