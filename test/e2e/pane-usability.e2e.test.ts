// The task pane as a secretary uses it (issue 17), in the built preview at a Word pane's 350 px and at 1400 px:
// the caret and inserts at it, findings that follow undo, a pane that keeps its width, errors under their own
// field, a report numbered as the pane is, and no rule ids in what the user reads.
import { readFileSync } from "fs";
import type { BrowserContext, Page } from "playwright-core";
import {
  checkDocument,
  docPreview,
  listAnniversaries2019,
  openPaneAt,
  previewParagraphs,
} from "./pane-steps";
import { openPreviewBrowser, type PreviewBrowser } from "./preview-browser";

jest.setTimeout(120_000);

let browser: PreviewBrowser;
let context: BrowserContext;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openPreviewBrowser("usability");
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  pageErrors.length = 0;
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

const open = (width: number): Promise<Page> => openPaneAt(context, browser.server.origin, width, pageErrors);

const panel = (page: Page) => page.getByRole("tabpanel");

/** Rule ids (kebab-case English) must not reach what the user reads. */
const RULE_ID = /\b(text|body|page|font|doc|heading|national|agency|place)-[a-z-]+\b/;

describe.each([350, 1400])("the pane at %i px", (width) => {
  test("a click places the caret and an insertion goes there", async () => {
    const page = await open(width);
    const title = previewParagraphs(page).filter({ hasText: /^KẾ HOẠCH$/ });
    const index = Number(await title.getAttribute("data-paragraph"));
    // Inside the word: the caret stands after "KẾ", so the list goes after the title.
    await title.locator("span").first().click();
    await expect(title.getByTestId("caret").count()).resolves.toBe(1);

    const year = await listAnniversaries2019(page);
    expect(await year.isVisible()).toBe(true);
    await panel(page).getByRole("button", { name: "Chèn", exact: true }).click();
    await panel(page)
      .getByText(/^Đã chèn \d+ dòng/)
      .waitFor();
    // The list follows the clicked title, marked as just inserted, and the caret follows the list.
    const next = docPreview(page).locator(`p[data-paragraph="${index + 1}"]`);
    await expect(next.getAttribute("data-inserted")).resolves.not.toBeNull();
    await expect(docPreview(page).getByTestId("caret").count()).resolves.toBe(1);
    await page.close();
  });

  test("selecting a paragraph selects it, and the library saves it as a clause", async () => {
    const page = await open(width);
    const target = previewParagraphs(page).filter({ hasText: /^Công tác Thi đua - Khen thưởng giai đoạn/ });
    await target.click({ clickCount: 3 });
    await expect(target.getAttribute("data-selected")).resolves.toBe("true");
    await page.getByRole("tab", { name: "Thư viện" }).click();
    // The library a page loaded stays in this browser's storage for the next page.
    const starter = page.getByRole("button", { name: "Dùng thư viện mẫu" });
    await starter
      .or(page.getByRole("button", { name: "Đổi thư viện…" }))
      .first()
      .waitFor();
    if (await starter.isVisible()) await starter.click();
    await panel(page)
      .getByRole("button", { name: /Lưu đoạn đang chọn/ })
      .click();
    await expect(panel(page).getByText("Chưa chọn đoạn nào", { exact: false }).count()).resolves.toBe(0);
    const fields = panel(page)
      .locator("input, textarea")
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join("\n"));
    await expect(fields).resolves.toContain("Công tác Thi đua - Khen thưởng giai đoạn");
    await page.close();
  });

  test("undoing a fix brings the findings back and retires the fix notice", async () => {
    const page = await open(width);
    const before = await checkDocument(page);
    const group = panel(page).getByRole("button", { name: /Dấu cách$/ });
    await group.waitFor();
    if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
    await panel(page)
      .getByRole("button", { name: /^Sửa tất cả \(\d+\)$/ })
      .first()
      .click();
    await panel(page)
      .getByText(/^Đã sửa \d+ chỗ\./)
      .waitFor();
    await expect(panel(page).getByText(before, { exact: true }).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Hoàn tác thay đổi của Trợ lý" }).click();
    await page.getByText(/^Đã hoàn tác: /).waitFor();
    await panel(page).getByText(before, { exact: true }).waitFor();
    await expect(
      panel(page)
        .getByText(/^Đã sửa \d+ chỗ\./)
        .count(),
    ).resolves.toBe(0);
    await expect(
      panel(page)
        .getByRole("button", { name: /Dấu cách$/ })
        .count(),
    ).resolves.toBe(1);
    const notice = await page.getByText(/^Đã hoàn tác: /).innerText();
    expect(notice).not.toMatch(RULE_ID);
    await page.close();
  });

  test("the pane keeps its width: one row of tabs, every field inside", async () => {
    const page = await open(width);
    const paneWidth = () =>
      page.getByRole("tablist").evaluate((el) => el.parentElement!.getBoundingClientRect().width);
    const expected = Math.min(width, 360);
    const tops = await page
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // …and every tab is wholly in view, none scrolled off the edge.
    const cut = await page.getByRole("tablist").evaluate((list) => {
      const edge = list.getBoundingClientRect().right;
      return [...list.querySelectorAll('[role="tab"]')]
        .filter((t) => t.getBoundingClientRect().right > edge + 1)
        .map((t) => t.textContent);
    });
    expect(cut).toEqual([]);
    for (const tab of ["Soạn thảo", "Ngày kỷ niệm", "Kiểm tra", "Thư viện", "Cài đặt"]) {
      await page.getByRole("tab", { name: tab }).click();
      if (tab === "Kiểm tra") await checkDocument(page);
      if (tab === "Ngày kỷ niệm") await page.getByLabel("Đến năm").fill("20");
      const right = await panel(page).evaluate((el) => el.getBoundingClientRect().right);
      const overflow = await panel(page)
        .locator("input, select, button, textarea, label")
        .evaluateAll(
          (els, edge) =>
            els
              .filter((e) => (e as HTMLElement).offsetParent !== null)
              .filter((e) => e.getBoundingClientRect().right > edge + 1)
              .map((e) => e.outerHTML.slice(0, 80)),
          right,
        );
      expect({ tab, overflow }).toEqual({ tab, overflow: [] });
      expect(Math.abs((await paneWidth()) - expected)).toBeLessThanOrEqual(width > 800 ? 1 : 30);
    }
    await page.close();
  });

  test("“Tạo văn bản” asks before replacing the preview's document", async () => {
    const page = await open(width);
    const before = await docPreview(page).innerText();
    await panel(page).getByRole("button", { name: "Tạo văn bản", exact: true }).click();
    await panel(page)
      .getByText(/văn bản mới sẽ thay văn bản đang mở/)
      .waitFor();
    await panel(page).getByRole("button", { name: "Hủy", exact: true }).click();
    await expect(docPreview(page).innerText()).resolves.toBe(before);
    await panel(page).getByRole("button", { name: "Tạo văn bản", exact: true }).click();
    await panel(page).getByRole("button", { name: "Tạo và thay văn bản" }).click();
    await panel(page)
      .getByText(/^Đã mở văn bản mới/)
      .waitFor();
    await expect(docPreview(page).innerText()).resolves.not.toContain("giai đoạn 2017-2020");
    await page.close();
  });

  test("“Đến chỗ cần điền tiếp theo” selects the next blank and marks it on the page", async () => {
    const page = await open(width);
    await panel(page).getByRole("button", { name: "Tạo văn bản", exact: true }).click();
    await panel(page).getByRole("button", { name: "Tạo và thay văn bản" }).click();
    await panel(page)
      .getByText(/^Đã mở văn bản mới/)
      .waitFor();
    const next = panel(page).getByRole("button", { name: "Đến chỗ cần điền tiếp theo" });
    const mark = docPreview(page).getByTestId("selected-span");
    /** Goes to the next blank; `previous`: the notice of the last visit, which must give way to a new one. */
    const visit = async (previous: string | null) => {
      await next.click();
      let notice = panel(page).getByText(/^Đoạn \d+: \[/);
      if (previous) notice = notice.filter({ hasNotText: previous });
      await notice.waitFor();
      const [, paragraph, blank] = /^Đoạn (\d+): (.+)$/.exec(await notice.innerText()) ?? [];
      // The blank itself is selected and marked, in its paragraph (numbered from 1 as the pane says), in view.
      await expect(mark.innerText()).resolves.toBe(blank);
      const holder = mark.locator("xpath=ancestor::p[@data-paragraph]");
      await expect(holder.getAttribute("data-paragraph")).resolves.toBe(String(Number(paragraph) - 1));
      const look = await mark.evaluate((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const view = el.closest("main")!.getBoundingClientRect();
        return {
          background: style.backgroundColor,
          outline: style.outlineStyle,
          inView: box.top >= view.top && box.bottom <= view.bottom,
        };
      });
      expect(look.background).not.toBe("rgba(0, 0, 0, 0)");
      expect(look.outline).toBe("solid");
      expect(look.inView).toBe(true);
      return `Đoạn ${paragraph}: ${blank}`;
    };
    const first = await visit(null);
    const second = await visit(first);
    expect(second).not.toBe(first);
    await page.close();
  });

  test("a bad year is flagged under its own field", async () => {
    const page = await open(width);
    await page.getByRole("tab", { name: "Ngày kỷ niệm" }).click();
    await page.getByLabel("Đến năm").fill("20");
    const message = async (label: string) =>
      page.getByLabel(label).evaluate((input) => {
        const ids = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
        return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
      });
    await expect(message("Đến năm")).resolves.toContain("Năm phải là số từ 1900 đến 2100.");
    await expect(message("Từ năm")).resolves.not.toContain("Năm phải");
    await expect(page.getByLabel("Đến năm").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByLabel("Từ năm").getAttribute("aria-invalid")).resolves.not.toBe("true");
    await page.close();
  });

  test("the exported report names the file and profile, numbers as the pane does, errors first", async () => {
    const page = await open(width);
    await checkDocument(page);
    const groups = panel(page).getByRole("button", { expanded: false });
    expect(await panel(page).innerText()).not.toMatch(RULE_ID);
    // The pane's first finding: its paragraph number and message.
    const first = panel(page)
      .getByRole("button", { name: /^(Lỗi|Cảnh báo|Gợi ý) · Đoạn \d+$/ })
      .first();
    const label = await first.innerText();
    const number = label.match(/Đoạn (\d+)$/)![1];
    const message = await first.locator("xpath=following-sibling::*[1]").innerText();
    expect(await groups.count()).toBeGreaterThanOrEqual(0);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page).getByRole("button", { name: "Xuất báo cáo" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("bao-cao-kiem-tra-ke-hoach-thi-dua-2017-2020.html");
    const html = readFileSync((await download.path())!, "utf8");
    expect(html).toContain("ke-hoach-thi-dua-2017-2020.docx");
    expect(html).toMatch(/Bộ quy tắc<\/th><td>(Cơ quan nhà nước|Văn bản của Đảng|Mặt trận Tổ quốc)/);
    expect(html).not.toMatch(/Căn cứ: <\/p>/);
    const row = new RegExp(
      `<td class="n">${number}</td><td class="\\w+">[^<]+</td><td>${escape(message)}</td>`,
    );
    expect(html).toMatch(row);
    // Errors before warnings before hints.
    const severities = [
      ...html.matchAll(/<td class="n">(?:\d+|—)<\/td><td class="(error|warning|info)">/g),
    ].map((m) => m[1]);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities.length).toBeGreaterThan(0);
    expect(severities.map((s) => rank[s])).toEqual([...severities.map((s) => rank[s])].sort());
    await page.close();
  });
});

function escape(text: string): string {
  const html = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
  return html.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
