// axe-core over the pane in every tab and state a user meets (findings open, the rule help dialog, a field in
// error, the library loaded), at 350 px and 1400 px: no serious or critical violation. The rendered document
// beside the pane is the user's own file and is left out. The rule help opens as a Vietnamese page.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { checkDocument, waitForSample } from "./pane-steps";
import { openPreviewBrowser, root, type PreviewBrowser } from "./preview-browser";

jest.setTimeout(180_000);

let browser: PreviewBrowser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await openPreviewBrowser("a11y");
  context = browser.context;
});

afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical violations, each as "rule: first targets". */
async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    // Evaluated through the debugging protocol: the page's Content-Security-Policy refuses an injected script tag.
    await page.evaluate(readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(
      // Fluent's focus manager (tabster) places hidden focus guards (<i data-tabster-dummy tabindex=0>) around
      // dialogs and lists to steer Tab; they hand focus on at once and are never a stop, which axe cannot know.
      { exclude: [["[data-testid=doc-page]"], ["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

type Look = "light" | "dark" | "forced-colors";

/** axe once the page's animations (a group opening, a fade) are over, judging colours as a reader sees them. */
async function settledAxe(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState === "finished" || a.effect?.getTiming().iterations === Infinity),
  );
  return axe(page);
}

async function open(width: number, tab = "soan-thao", look: Look = "light"): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  // As the system would ask before the pane starts (dark mode; Windows high contrast = forced colours).
  await page.emulateMedia(
    look === "forced-colors" ? { forcedColors: "active" } : { colorScheme: look, forcedColors: "none" },
  );
  await page.goto(`${browser.server.origin}/preview.html?tab=${tab}`);
  await waitForSample(page);
  return page;
}

const panel = (page: Page) => page.getByRole("tabpanel");

const TAB_FILES: Record<string, string> = {
  "Soạn thảo": "soan-thao",
  "Kiểm tra": "kiem-tra",
  "Ngày kỷ niệm": "ngay-ky-niem",
  "Thư viện": "thu-vien",
  "Cài đặt": "cai-dat",
};

/** No violation in any tab, nor in the states named. */
const noViolations = (...states: string[]): Record<string, string[]> =>
  Object.fromEntries([...Object.keys(TAB_FILES), ...states].map((name) => [name, []]));

/** Into test-results/pane/; with VANTHU_SCREENSHOTS=docs also into docs/screenshots/ (the README's pictures). */
async function screenshot(page: Page, name: string, forDocs = true): Promise<void> {
  const dirs = [join(root, "test-results", "pane")];
  if (forDocs && process.env.VANTHU_SCREENSHOTS === "docs") dirs.push(join(root, "docs", "screenshots"));
  const png = await page.screenshot();
  for (const dir of dirs) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.png`), png);
  }
}

describe.each([350, 1400])("at %i px", (width) => {
  test("every tab has no serious or critical accessibility violation", async () => {
    const page = await open(width);
    const found: Record<string, string[]> = {};
    for (const tab of ["Soạn thảo", "Kiểm tra", "Ngày kỷ niệm", "Thư viện", "Cài đặt"]) {
      await page.getByRole("tab", { name: tab }).click();
      // The tab's code has loaded: its first button is on screen.
      await panel(page).getByRole("button").first().waitFor();
      found[tab] = await axe(page);
      await screenshot(page, `${TAB_FILES[tab]}-${width}`);
    }
    expect(found).toEqual(noViolations());
    await page.close();
  });

  test("findings, the help dialog and a field in error stay accessible", async () => {
    const page = await open(width);
    await checkDocument(page);
    expect({ state: "findings", violations: await axe(page) }).toEqual({ state: "findings", violations: [] });
    await screenshot(page, `kiem-tra-findings-${width}`);

    await panel(page)
      .getByRole("button", { name: /^Hướng dẫn: / })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("Kiểm tra gì").waitFor();
    const text = await dialog.innerText();
    expect(text).not.toMatch(/`|\*\*|\b(guarded|error|warning)\b/);
    expect(text).toMatch(/Căn cứ/);
    // The dialog fades in: colours are judged once its animations have finished, as a reader sees them.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === "finished"));
    expect({ state: "help", violations: await axe(page) }).toEqual({ state: "help", violations: [] });
    await screenshot(page, `huong-dan-${width}`);
    await dialog.getByRole("button", { name: "Đóng" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("tab", { name: "Ngày kỷ niệm" }).click();
    await page.getByLabel("Đến năm").fill("20");
    expect({ state: "year error", violations: await axe(page) }).toEqual({
      state: "year error",
      violations: [],
    });
    await page.close();
  });

  test.each<Look>(["dark", "forced-colors"])(
    "in the %s look, every tab and the findings keep their contrast",
    async (look) => {
      const page = await open(width, "soan-thao", look);
      // The pane took the look: a dark background in dark mode, the system's own colours in forced colours.
      const background = await page
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      if (look === "dark") expect(background).not.toBe("rgb(255, 255, 255)");
      const found: Record<string, string[]> = {};
      for (const tab of ["Soạn thảo", "Kiểm tra", "Ngày kỷ niệm", "Thư viện", "Cài đặt"]) {
        await page.getByRole("tab", { name: tab }).click();
        await panel(page).getByRole("button").first().waitFor();
        found[tab] = await settledAxe(page);
        await screenshot(page, `${TAB_FILES[tab]}-${look}-${width}`, false);
      }
      await checkDocument(page);
      found.findings = await settledAxe(page);
      // The README shows the findings in each look at a Word pane's width.
      await screenshot(page, `kiem-tra-findings-${look}-${width}`, width === 350);
      expect(found).toEqual(noViolations("findings"));
      await page.close();
    },
  );

  test("the tabs and the check are reachable and operable by keyboard", async () => {
    const page = await open(width, "kiem-tra");
    await page.getByRole("tab", { name: "Kiểm tra" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(
      page.getByRole("tab", { name: "Ngày kỷ niệm" }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    // Tab into the panel until the "Kiểm tra" button has focus, then press it.
    const run = panel(page).getByRole("button", { name: "Kiểm tra", exact: true });
    for (let i = 0; i < 10 && !(await run.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(run.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const outline = await run.evaluate((el) => {
      const style = getComputedStyle(el, "::after");
      const own = getComputedStyle(el);
      return `${own.outlineStyle}|${style.borderTopStyle}|${style.outlineStyle}`;
    });
    expect(outline).toMatch(/solid|auto/);
    await page.keyboard.press("Enter");
    await panel(page)
      .getByText(/^\d+ lỗi · \d+ cảnh báo · \d+ gợi ý$/)
      .waitFor();
    await page.close();
  });
});
