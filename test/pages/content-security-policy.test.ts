// Every page has a Content-Security-Policy: scripts from our origin (and the Office CDN where office.js comes from
// there) only, no inline script and no eval, so text from a document or a library can never run as code.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(root, "webpack.config.js")) as (
  env: Record<string, string>,
  argv: Record<string, string>,
) => { plugins: { userOptions?: { filename?: string; templateParameters?: Record<string, unknown> } }[] }[];

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe("Content-Security-Policy", () => {
  it("is declared by every page under src/, none of which has an inline script", () => {
    const found = pages(join(root, "src"));
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const page of found) {
      // Template tags (<%= … %>, filled at build time) stand in for one word.
      const html = readFileSync(page, "utf8").replace(/<%[\s\S]*?%>/g, "x");
      expect(html).toMatch(/<meta\s+http-equiv="Content-Security-Policy"/);
      // Every <script> loads a file: none carries code of its own.
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
        expect(tag).toMatch(/^<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>$/);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it.each([
    ["production, office.js from the CDN", { officeJs: "cdn" }, { mode: "production" }, true],
    ["tests and preview, office.js bundled", { officeJs: "local" }, { mode: "development" }, false],
  ])("allows scripts from our origin only: %s", (_name, env, argv, cdn) => {
    const html = config(env, argv)
      .flatMap((build) => build.plugins)
      .filter((p) => p.userOptions?.filename?.endsWith(".html"));
    expect(html.map((p) => p.userOptions?.filename)).toEqual(
      expect.arrayContaining(["taskpane.html", "preview.html", "commands.html"]),
    );
    for (const plugin of html) {
      const csp = directives(String(plugin.userOptions?.templateParameters?.csp));
      const scripts = csp.get("script-src") ?? [];
      const withOffice = Boolean(plugin.userOptions?.templateParameters?.officeJsUrl);
      expect(scripts).toEqual(
        cdn && withOffice ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'"],
      );
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    }
  });
});
