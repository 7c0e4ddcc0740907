// What `npm test` needs outside npm: Debian's chromium (the e2e tests), LibreOffice and poppler (the layout tests
// render .docx to PDF) and the Liberation fonts (metric twins of Times New Roman). `npm test` checks for them first:
// run as root with apt (as CI does) it installs what is missing; otherwise it stops at once with the one command
// that installs them, instead of a wall of failing tests. Run this file directly to install them:
//   sudo node scripts/system-deps.mjs
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Each need: how to tell it is there, and the Debian packages that provide it. */
const NEEDS = [
  {
    what: "chromium",
    present: () => existsSync(process.env.CHROMIUM ?? "/usr/bin/chromium"),
    packages: ["chromium"],
  },
  {
    what: "LibreOffice (soffice)",
    present: () => onPath("soffice") || onPath("libreoffice"),
    packages: ["libreoffice-writer-nogui"],
  },
  {
    what: "poppler (pdfinfo, pdftotext)",
    present: () => onPath("pdfinfo") && onPath("pdftotext"),
    packages: ["poppler-utils"],
  },
  {
    what: "phông Liberation / Liberation fonts",
    present: () =>
      ["/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2"].some(existsSync) ||
      fontListed("Liberation Serif"),
    packages: ["fonts-liberation", "fonts-liberation2"],
  },
];

export const ALL_PACKAGES = ["ca-certificates", ...NEEDS.flatMap((n) => n.packages)];

function onPath(name) {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
}

function fontListed(family) {
  const listed = spawnSync("fc-list", [family], { encoding: "utf8" });
  return listed.status === 0 && listed.stdout.trim() !== "";
}

/** The needs that are not met. */
export function missingNeeds() {
  return NEEDS.filter((n) => !n.present());
}

const canApt = () => process.platform === "linux" && process.getuid?.() === 0 && onPath("apt-get");

function apt(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  return run(["update"]) && run(["install", "-y", ...packages]);
}

/**
 * Make sure the system tools are there: true when they are (installed now if we could). False after printing one
 * message naming what is missing and the command that installs it.
 */
export function ensureSystemDeps() {
  const missing = missingNeeds();
  if (missing.length === 0) return true;
  const packages = missing.flatMap((n) => n.packages);
  if (canApt()) {
    console.error(
      `Cài các gói hệ thống còn thiếu / installing missing system packages: ${packages.join(" ")}`,
    );
    if (apt(packages) && missingNeeds().length === 0) return true;
  }
  console.error(
    [
      `Thiếu ${missing.map((n) => n.what).join(", ")} để chạy kiểm thử. Cài bằng lệnh:`,
      "",
      "  sudo node scripts/system-deps.mjs",
      "",
      `Missing ${missing.map((n) => n.what).join(", ")}; the command above installs them with apt (Debian/Ubuntu):`,
      `apt-get install -y ${packages.join(" ")}.`,
    ].join("\n"),
  );
  return false;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!canApt()) {
    console.error("Cần chạy với quyền root trên Debian/Ubuntu: sudo node scripts/system-deps.mjs");
    process.exit(2);
  }
  process.exit(apt(ALL_PACKAGES) ? 0 : 1);
}
