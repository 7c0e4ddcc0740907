// The Thư viện tab in the built preview (dist-e2e/, made by `npm test`) in Debian's chromium: a starter
// province library loads, a search without diacritics finds a clause, and inserting it puts the clause, with
// its variables filled, into the sample document rendered beside the pane.
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { serveStatic, type StaticServer } from "./static-server";

const dist = join(__dirname, "..", "..", process.env.VANTHU_E2E_DIST ?? "dist-e2e");

jest.setTimeout(90_000);

let server: StaticServer;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(join(dist, "preview.html")))
    throw new Error(`${dist}/preview.html is missing: build it first (npm test does).`);
  server = await serveStatic(dist);
  profile = mkdtempSync(join(tmpdir(), "vanthu-e2e-library-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    timeout: 30_000,
    viewport: { width: 1280, height: 900 },
    locale: "vi-VN",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(30_000);
  await context.route("**/*", (route) =>
    route.request().url().startsWith(server.origin) ? route.continue() : route.abort(),
  );
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test("loads a starter library, finds a clause without diacritics and inserts it into the preview", async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/preview.html`);
  await page.getByTestId("doc-preview").getByText("KẾ HOẠCH", { exact: true }).waitFor();
  await page.getByRole("tab", { name: "Thư viện" }).click();

  await page.getByRole("button", { name: "Dùng thư viện mẫu" }).click();
  await page.getByText(/Lạng Sơn — Thi đua, khen thưởng — phiên bản 1\.0/).waitFor();
  await page.getByRole("searchbox").fill("thi dua chuyen de ngay ky niem");
  const list = page.getByRole("list", { name: "Danh sách điều khoản" });
  await list.getByRole("button").first().click();
  await expect(page.getByRole("document", { name: "Xem trước" }).innerText()).resolves.toContain(
    "của tỉnh Lạng Sơn và của đất nước trong năm",
  );
  await page.getByRole("button", { name: "Chèn vào vị trí con trỏ" }).click();
  await page.getByText(/Đã chèn điều khoản/).waitFor();

  // The sample plan has its own "2.3." paragraph; the inserted one carries this year and the province.
  const year = String(new Date().getFullYear());
  await page
    .getByTestId("doc-preview")
    .getByText(`của tỉnh Lạng Sơn và của đất nước trong năm ${year}, như:`, { exact: false })
    .waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
