// Renders the add-in's icons (assets/icons/*.png, 16/32/64/80 px) from the SVGs below with Debian's chromium.
// Usage: node scripts/make-icons.mjs   (the PNGs are committed; rerun only when a drawing changes)
import { mkdirSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "assets", "icons");
const RED = "#b3261e";
const SIZES = [16, 32, 64, 80];

// 32×32 drawings: a red page with a gold star (the app), and one glyph per tab.
const page = (glyph) => `
  <rect x="5" y="2" width="22" height="28" rx="2" fill="#fff" stroke="${RED}" stroke-width="2"/>
  ${glyph}`;
const lines = (ys) => ys.map((y) => `<rect x="9" y="${y}" width="14" height="2" fill="#555"/>`).join("");
const DRAWINGS = {
  icon: `<rect x="1" y="1" width="30" height="30" rx="6" fill="${RED}"/>
    <path d="M16 5l3 6.5 7 .8-5.2 4.8 1.5 7L16 20.6 9.7 24.1l1.5-7L6 12.3l7-.8z" fill="#ffd54a"/>`,
  "soan-thao": page(`${lines([8, 12, 16])}<path d="M14 27l2-6 9-9 4 4-9 9z" fill="${RED}"/>`),
  "kiem-tra": page(
    `${lines([8, 12])}<path d="M10 20l4 4 9-9" fill="none" stroke="#107c10" stroke-width="3"/>`,
  ),
  "ngay-ky-niem": `<rect x="3" y="5" width="26" height="24" rx="2" fill="#fff" stroke="${RED}" stroke-width="2"/>
    <rect x="3" y="5" width="26" height="7" fill="${RED}"/><rect x="9" y="2" width="2" height="6" fill="#333"/>
    <rect x="21" y="2" width="2" height="6" fill="#333"/>
    <path d="M16 14l1.8 3.8 4.2.5-3.1 2.9.8 4.1-3.7-2.1-3.7 2.1.8-4.1-3.1-2.9 4.2-.5z" fill="#d4a017"/>`,
  "thu-vien": `<rect x="4" y="4" width="6" height="24" fill="${RED}"/><rect x="12" y="6" width="6" height="22" fill="#555"/>
    <rect x="20" y="5" width="6" height="23" transform="rotate(-12 23 16)" fill="#d4a017"/>
    <rect x="2" y="28" width="28" height="2" fill="#333"/>`,
  "cai-dat": `<circle cx="16" cy="16" r="9" fill="none" stroke="#555" stroke-width="5" stroke-dasharray="4.7 2.4"/>
    <circle cx="16" cy="16" r="6" fill="none" stroke="${RED}" stroke-width="3"/>`,
};

const profile = mkdtempSync(join(tmpdir(), "vanthu-icons-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  mkdirSync(outDir, { recursive: true });
  const tab = await context.newPage();
  for (const [name, drawing] of Object.entries(DRAWINGS)) {
    for (const size of SIZES) {
      await tab.setViewportSize({ width: size, height: size });
      await tab.setContent(
        `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" ` +
          `width="${size}" height="${size}" viewBox="0 0 32 32">${drawing}</svg></body></html>`,
      );
      await tab.screenshot({ path: join(outDir, `${name}-${size}.png`), omitBackground: true });
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Icons written to ${outDir}`);
