// The browser preview hands back the edited document (issue 17, item 9): after an insertion at the caret,
// "Tải văn bản (.docx)" downloads the sample plan with the change, which our reader reads back and LibreOffice
// opens. At a Word pane's 350 px and at 1400 px.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { readDocx } from "../../src/core/ooxml/read";
import { listAnniversaries2019, openPaneAt, previewParagraphs } from "./pane-steps";
import { openPreviewBrowser, type PreviewBrowser } from "./preview-browser";

jest.setTimeout(180_000);

let browser: PreviewBrowser;
let context: BrowserContext;
let work: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await openPreviewBrowser("download");
  context = browser.context;
  work = mkdtempSync(join(tmpdir(), "vanthu-e2e-download-"));
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const open = (width: number): Promise<Page> => openPaneAt(context, browser.server.origin, width, pageErrors);

/** Clicks the download button; returns the saved file's path and the name the page gave it. */
async function download(page: Page, file: string): Promise<{ path: string; name: string }> {
  const [event] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải văn bản (.docx)" }).click(),
  ]);
  const path = join(work, file);
  await event.saveAs(path);
  return { path, name: event.suggestedFilename() };
}

const bodyTexts = (path: string) =>
  readDocx(new Uint8Array(readFileSync(path)))
    .paragraphs.filter((p) => p.index !== null)
    .map((p) => p.text);

describe.each([350, 1400])("the preview at %i px", (width) => {
  test("downloads the edited document as a .docx our reader and LibreOffice open", async () => {
    pageErrors.length = 0;
    const page = await open(width);
    const original = await download(page, `original-${width}.docx`);
    expect(original.name).toBe("ke-hoach-thi-dua-2017-2020 (đã sửa).docx");
    const before = bodyTexts(original.path);
    expect(before).toContain("KẾ HOẠCH");

    // The caret after the title, then the 2019 anniversaries inserted there.
    const title = previewParagraphs(page).filter({ hasText: /^KẾ HOẠCH$/ });
    await title.locator("span").first().click();
    await listAnniversaries2019(page);
    await page.getByRole("tabpanel").getByRole("button", { name: "Chèn", exact: true }).click();
    await page
      .getByRole("tabpanel")
      .getByText(/^Đã chèn \d+ dòng/)
      .waitFor();
    const shown = await previewParagraphs(page).allInnerTexts();

    const edited = await download(page, `edited-${width}.docx`);
    const after = bodyTexts(edited.path);
    // The file holds what the preview shows: the title, then the list, then the rest as before.
    expect(after.length).toBeGreaterThan(before.length);
    const added = after.filter((t) => t !== "" && !before.includes(t));
    expect(added.some((t) => /75 năm Ngày thành lập Quân đội nhân dân Việt Nam/.test(t))).toBe(true);
    expect(after.indexOf("KẾ HOẠCH")).toBe(before.indexOf("KẾ HOẠCH"));
    expect(after[after.indexOf("KẾ HOẠCH") + 1]).not.toBe(before[before.indexOf("KẾ HOẠCH") + 1]);
    expect(after.map((t) => t.trim()).filter((t) => t !== "")).toEqual(
      shown.map((t) => t.trim()).filter((t) => t !== ""),
    );

    const pdf = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${join(work, "lo-profile")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        edited.path,
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    expect(pdf.status).toBe(0);
    const pdfPath = edited.path.replace(/\.docx$/, ".pdf");
    expect(existsSync(pdfPath)).toBe(true);
    const text = spawnSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("KẾ HOẠCH");
    // Each added line's first words are on the PDF's pages (long lines wrap).
    const flat = text.replace(/\s+/g, " ");
    for (const line of added) expect(flat).toContain(line.replace(/\s+/g, " ").slice(0, 20));
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
