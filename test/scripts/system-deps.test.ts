// On a machine without the system tools the tests need, `npm test` stops at once with one message naming the
// command that installs them — not a build and a wall of failing browser and layout tests.
import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

it("npm test without chromium, LibreOffice or poppler stops with the command that installs them", () => {
  // A PATH holding node only: no soffice, no pdfinfo, no apt-get (so nothing is installed, even as root).
  const bin = mkdtempSync(join(tmpdir(), "vanthu-bare-"));
  symlinkSync(process.execPath, join(bin, "node"));
  const result = spawnSync(process.execPath, [join(root, "scripts", "test.mjs")], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: bin, CHROMIUM: join(bin, "no-chromium"), HOME: bin },
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("sudo node scripts/system-deps.mjs");
  expect(result.stderr).toMatch(/chromium.*LibreOffice.*poppler/);
  expect(result.stderr.trim().split("\n").length).toBeLessThanOrEqual(6);
  expect(result.stdout).toBe("");
});
