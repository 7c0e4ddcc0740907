// Benchmark: a 1,000-paragraph document checked by every text rule (target under 200 ms; printed, not asserted).
// The TypeScript sources are bundled with esbuild into a temporary file and imported.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-text-"));
const entry = join(dir, "entry.ts");
const out = join(dir, "bundle.mjs");
writeFileSync(
  entry,
  `export { textRules } from ${JSON.stringify(join(root, "src/core/rules/registry-text.ts"))};
export { createModel } from ${JSON.stringify(join(root, "src/core/model/create.ts"))};
export { emptyAnalysis, ruleContext } from ${JSON.stringify(join(root, "src/core/rules/engine.ts"))};`,
);

const SAMPLES = [
  "Thực hiện Kế hoạch số 04/KH-UBND ngày 10/01/2017 của Ủy ban nhân dân tỉnh Lạng Sơn về công tác Thi đua - Khen thưởng giai đoạn 2017-2020, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng kế hoạch như sau:",
  "- Đẩy mạnh phong trào thi đua yêu nước, huy động tối đa mọi nguồn lực với tổng kinh phí 1.250.000.000 đồng, tỷ lệ 3,5% và 50% trở lên; liên hệ số 0205.3812.345.",
  "2.1. Hàng năm tổ chức phát động thi đua hoàn thành chương trình phối hợp; Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
  "Chú trọng khen thưởng cá nhân có thành tích đột xuất kịp thời. tăng tỷ lệ khen thưởng cho cơ sở, hòa nhập và thuỷ lợi theo Nghị định số 98/2023/NĐ-CP.",
  "Trên đây là Trên đây là kế hoạch công tác của của Ban Thường trực  Uỷ ban MTTQ tỉnh (04/11/1909 – 04/11/2019)./.",
  { text: "Uû ban nh©n d©n tØnh L¹ng S¬n x©y dùng kÕ ho¹ch thi ®ua", run: { font: ".VnTime" } },
];
const paragraphs = Array.from({ length: 1000 }, (_, i) => SAMPLES[i % SAMPLES.length]);

try {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    outfile: out,
    logLevel: "error",
  });
  const { textRules, createModel, emptyAnalysis, ruleContext } = await import(pathToFileURL(out).href);
  const model = createModel({ paragraphs });
  const analysis = { ...emptyAnalysis(model), docType: "ke-hoach" };
  const run = () => {
    // A fresh analysis object per pass, as the engine makes one per check (rules share work within a check only).
    const ctx = ruleContext(model, { ...analysis });
    return textRules.map((rule) => {
      const t = performance.now();
      const n = rule.check(ctx).length;
      return [rule.meta.id, n, performance.now() - t];
    });
  };
  // The first pass warms up the regular-expression and JIT caches; the median of five passes is reported.
  run();
  const passes = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const counts = run();
    const cpu = process.cpuUsage(cpu0);
    return { counts, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
  }).sort((a, b) => a.ms - b.ms);
  const { counts, ms, cpuMs } = passes[2];
  for (const [id, n, t] of counts)
    console.log(`  ${id.padEnd(22)} ${String(n).padStart(4)} findings  ${t.toFixed(1)} ms`);
  const [load] = loadavg();
  console.log(
    `text rules on ${paragraphs.length} paragraphs: ${ms.toFixed(1)} ms wall, ${cpuMs.toFixed(1)} ms CPU (target < 200 ms; median of 5; load ${load.toFixed(1)} on ${cpus().length} cores)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
