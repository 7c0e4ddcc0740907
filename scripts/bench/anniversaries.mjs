// Anniversary benchmark: the lunar calendar (every day 1900–2100), yearly selection and rendering, and the
// text-anniversary rule over a long plan built from the seed. Prints what it measures; asserts nothing.
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-anniv-"));
const out = join(dir, "core.cjs");
const esbuild = await import("esbuild");
esbuild.buildSync({
  stdin: {
    contents: [
      'export * from "./src/core/calendar";',
      'export { selectAnniversaries, renderLines } from "./src/core/anniversaries";',
      'export { textAnniversary } from "./src/core/rules/text-anniversary";',
      'export { createModel } from "./src/core/model/create";',
      'export { excerpt } from "./src/core/rules/excerpt";',
    ].join("\n"),
    resolveDir: root,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: out,
  logLevel: "error",
});
const core = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true, force: true });

const time = (f) => {
  const t = performance.now();
  const result = f();
  return [performance.now() - t, result];
};

const first = core.jdFromDate(1, 1, 1900);
const last = core.jdFromDate(31, 12, 2100);
for (const label of ["cold", "warm"]) {
  const [ms] = time(() => {
    for (let jd = first; jd <= last; jd++) {
      const d = core.jdToDate(jd);
      core.solarToLunar(d.day, d.month, d.year);
    }
  });
  console.log(`lunar, every day 1900–2100 (${last - first + 1} days, ${label}): ${ms.toFixed(0)} ms`);
}
const [tetMs] = time(() => {
  for (let y = 1901; y <= 2100; y++) core.lunarToSolar(1, 1, y);
});
console.log(`Tết of 200 years: ${tetMs.toFixed(1)} ms`);

const [selMs, lists] = time(() =>
  core.selectAnniversaries({ from: 2017, to: 2020, org: "mttq", province: "lang-son" }),
);
const [renderMs, lines] = time(() => core.renderLines(lists));
console.log(
  `select 2017–2020 (MTTQ, Lạng Sơn): ${selMs.toFixed(1)} ms, ${lists.reduce((n, l) => n + l.events.length, 0)} days; render: ${renderMs.toFixed(1)} ms, ${lines.join("").length} characters`,
);
const [allMs, all] = time(() =>
  core.selectAnniversaries({ from: 1950, to: 2100, all: true, province: "lang-son" }),
);
console.log(
  `select --all 1950–2100: ${allMs.toFixed(0)} ms, ${all.reduce((n, l) => n + l.events.length, 0)} days`,
);

const seed = readFileSync(join(root, "test/fixtures/ke-hoach-thi-dua-khen-thuong-2017-2020.txt"), "utf8")
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter(Boolean);
const analysis = { header: { docSummary: [] }, headings: [], date: { day: 10, month: 1, year: 2017 } };
for (const target of [1_000, 20_000]) {
  const paragraphs = Array.from({ length: target }, (_, i) => seed[i % seed.length]);
  const model = core.createModel({ paragraphs });
  const [ms, found] = time(() =>
    core.textAnniversary.check({
      model,
      analysis,
      profile: { id: "mttq", name: "mttq", rules: {} },
      options: {},
      excerpt: core.excerpt,
    }),
  );
  console.log(
    `text-anniversary, ${target} paragraphs: ${ms.toFixed(0)} ms, ${found.length} findings (${((target / ms) * 1000).toFixed(0)} paragraphs/s)`,
  );
}
