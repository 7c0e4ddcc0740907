// Clause libraries that could not be written into a well-formed document, or that mislead the reader, are refused:
// U+FFFE, lone surrogates, bidirectional overrides, invalid UTF-8; a huge key is echoed once, cut short; and two
// different libraries never compare as "the same".
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clause, library, text } from "../core/library/fixtures";
import { vanthu } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "vanthu-library-safety-"));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await vanthu("library", ...args);
  return { code, out: stdout, err: stderr };
}

const withText = (value: string) =>
  text(library([clause("a", { content: [{ type: "paragraph", text: value }] })]));

describe("vanthu library validate refuses text no document can hold", () => {
  it.each([
    ["U+FFFE", "Khen thưởng\uFFFE kịp thời", /U\+FFFE/],
    ["a lone surrogate", "Khen thưởng \ud800 kịp thời", /U\+D800/],
    ["U+202E (right-to-left override)", "Khen thưởng \u202Etậ kịp thời", /U\+202E/],
    ["U+2066 (isolate)", "Khen thưởng \u2066kịp thời", /U\+2066/],
  ])("%s", async (_name, value, reason) => {
    const r = await run("validate", file(`bad-${_name.slice(0, 6)}.json`, withText(value)));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(reason);
  });

  it("refuses invalid UTF-8 instead of reading it as U+FFFD", async () => {
    const good = Buffer.from(withText("Khen thưởng kịp thời"), "utf8");
    const at = good.indexOf("Khen");
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xc3, 0x28]), good.subarray(at)]);
    const r = await run("validate", file("bad-utf8.json", bad));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/UTF-8/);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
  });

  it("echoes a huge unknown key once, cut short", async () => {
    const key = "k".repeat(1_000_000);
    const lib = library([clause("a")]) as unknown as Record<string, unknown>;
    lib[key] = "<script>";
    const r = await run("validate", file("huge-key.json", JSON.stringify(lib)));
    expect(r.code).toBe(1);
    expect(r.out.length + r.err.length).toBeLessThan(2000);
    expect(r.out).toMatch(/k{60}…/);
  });
});

describe("vanthu library diff", () => {
  it("never calls two different libraries the same", async () => {
    const a = library([clause("a")]);
    const b = { ...library([clause("a")]), id: "thu-vien-khac" };
    const r = await run("diff", file("a.json", text(a)), file("b.json", text(b)));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/hai thư viện khác nhau/);
  });
});
