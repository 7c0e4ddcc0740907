// Reader and checker benchmark: generates plans of 10, 100 and 1,000 pages from the seed, then for each prints read time,
// check time, paragraphs per second, peak memory against the unzipped size, and mammoth's docx→HTML time as a ratio.
// Each document is measured in a fresh child process so peak memory (max RSS) belongs to that document alone.
// The read is the CLI's: readDocxInNode, readDocx with node:zlib's inflate and CRC-32
// (src/host/docx/node-inflater.ts), as `vanthu check` reads; the pane reads with fflate and the CRC tables instead.
// Usage: node scripts/bench/reader.mjs [pages…]        (or import and call runReaderBench()).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const here = fileURLToPath(import.meta.url);
const SEED = "/work/shared/seeds/ke-hoach-thi-dua-khen-thuong-2017-2020.txt";
/** Characters of body text on one A4 page at 14 pt Times New Roman with NĐ 30 margins (about 30 lines of 75). */
const CHARS_PER_PAGE = 2200;
/** Rules whose share of the check time is printed on its own (the issue allows them 30 %). */
const LANGUAGE_RULES = ["text-spelling", "text-proper-names"];

async function bundle(dir) {
  const esbuild = await import("esbuild");
  const out = join(dir, "core.cjs");
  esbuild.buildSync({
    stdin: {
      contents:
        'export { readDocxInNode } from "./src/host/docx/node-inflater";\n' +
        'export { check, prepareCheck } from "./src/core/rules/engine";\n' +
        'export { allRules } from "./src/core/rules/registry";\n' +
        'export { dataRules } from "./src/core/rules/registry-data";\n',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: out,
    logLevel: "error",
  });
  return out;
}

async function generate(pages, seedLines) {
  const d = await import("docx");
  const run = (text, opts = {}) => new d.TextRun({ text, font: "Times New Roman", size: 28, ...opts });
  const body = (text, bold = false) =>
    new d.Paragraph({
      alignment: d.AlignmentType.JUSTIFIED,
      indent: { firstLine: 720 },
      spacing: { after: 120 },
      children: [run(text, { bold })],
    });
  const cell = (text) =>
    new d.TableCell({
      borders: d.TableBorders.NONE,
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [run(text, { bold: true, size: 26 })],
        }),
      ],
    });
  const children = [
    new d.Table({
      borders: d.TableBorders.NONE,
      rows: [
        new d.TableRow({
          children: [cell("ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN"), cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        }),
      ],
    }),
  ];
  const lines = seedLines.filter((l) => l.trim().length > 40);
  let chars = 0;
  for (let i = 0; chars < pages * CHARS_PER_PAGE; i++) {
    const text = lines[i % lines.length];
    if (i % 12 === 0)
      children.push(body(`${Math.floor(i / 12) + 1}. Nội dung phần ${Math.floor(i / 12) + 1}`, true));
    children.push(body(text));
    chars += text.length;
  }
  const doc = new d.Document({
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 850 },
          },
        },
        headers: {
          default: new d.Header({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [new d.TextRun({ children: [d.PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return d.Packer.toBuffer(doc);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Child process: measure one document. Prints one JSON line. */
async function child(bundlePath, file, repeats) {
  const { createRequire } = await import("node:module");
  const require = createRequire(import.meta.url);
  const core = require(bundlePath);
  const bytes = new Uint8Array(readFileSync(file));
  // Peak memory of one read: the growth of max RSS over the first read, before repeats leave garbage behind.
  // Peak heap is sampled at every chunk of document.xml and once more at the end.
  if (global.gc) global.gc();
  const baseline = process.resourceUsage().maxRSS * 1024;
  const heapBase = process.memoryUsage().heapUsed;
  let heapPeak = heapBase;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  let model = core.readDocxInNode(bytes, sample);
  sample();
  const peak = process.resourceUsage().maxRSS * 1024;
  const reads = [];
  const readCpu = [];
  for (let i = 0; i < repeats; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    model = core.readDocxInNode(bytes);
    reads.push(performance.now() - t);
    const c = process.cpuUsage(cpu);
    readCpu.push((c.user + c.system) / 1000);
  }
  let checks = null;
  let checkCpu = null;
  let findings = null;
  // The reference data (administrative units, laws) loads once per process, before the first check: measured apart,
  // with the check's time without the rules that read it for comparison.
  const loadCpu = process.cpuUsage();
  const loadStart = performance.now();
  await core.prepareCheck();
  const dataLoadMs = performance.now() - loadStart;
  const dataLoadCpu = process.cpuUsage(loadCpu);
  const withoutData = core.allRules.filter((r) => !core.dataRules.includes(r));
  const plainCpu = [];
  // One check first: the first of a process also compiles the rules, which is not what this series is for.
  core.check(model, { registry: withoutData });
  for (let i = 0; i < repeats; i++) {
    const cpu = process.cpuUsage();
    core.check(model, { registry: withoutData });
    const c = process.cpuUsage(cpu);
    plainCpu.push((c.user + c.system) / 1000);
  }
  // The other rules alone, to show what the spelling and capitalisation rules add to a check.
  let baseCpu = null;
  let pairedCpu = null;
  try {
    await core.prepareCheck();
    const others = core.allRules.map((r) => r.meta.id).filter((id) => !LANGUAGE_RULES.includes(id));
    // One check first, so neither series pays for compiling the shared code; then the other rules alone and the
    // whole check alternate, so that neither is measured on a warmer engine than the other.
    core.check(model);
    baseCpu = [];
    pairedCpu = [];
    for (let i = 0; i < repeats; i++) {
      let cpu = process.cpuUsage();
      core.check(model, { rules: others });
      let c = process.cpuUsage(cpu);
      baseCpu.push((c.user + c.system) / 1000);
      cpu = process.cpuUsage();
      core.check(model);
      c = process.cpuUsage(cpu);
      pairedCpu.push((c.user + c.system) / 1000);
    }
    checks = [];
    checkCpu = [];
    for (let i = 0; i < repeats; i++) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      findings = core.check(model).length;
      checks.push(performance.now() - t);
      const c = process.cpuUsage(cpu);
      checkCpu.push((c.user + c.system) / 1000);
    }
  } catch {
    checks = null;
  }
  const { unzipSync } = require("fflate");
  const unzipped = Object.values(unzipSync(bytes)).reduce((n, part) => n + part.length, 0);
  const mammoth = require("mammoth");
  const mammothTimes = [];
  const mammothCpu = [];
  for (let i = 0; i < repeats; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    mammothTimes.push(performance.now() - t);
    const c = process.cpuUsage(cpu);
    mammothCpu.push((c.user + c.system) / 1000);
  }
  process.stdout.write(
    JSON.stringify({
      paragraphs: model.paragraphs.length,
      bodyCount: model.bodyCount,
      readMs: median(reads),
      readCpuMs: median(readCpu),
      checkMs: checks === null ? null : median(checks),
      checkCpuMs: checks === null ? null : median(checkCpu),
      checkWithoutDataCpuMs: median(plainCpu),
      dataLoadMs,
      dataLoadCpuMs: (dataLoadCpu.user + dataLoadCpu.system) / 1000,
      baseCheckCpuMs: checks === null ? null : median(baseCpu),
      pairedCheckCpuMs: checks === null ? null : median(pairedCpu),
      findings,
      peakGrowth: peak - baseline,
      heapGrowth: heapPeak - heapBase,
      unzipped,
      docxBytes: bytes.length,
      mammothMs: median(mammothTimes),
      mammothCpuMs: median(mammothCpu),
    }) + "\n",
  );
}

const fmtMs = (ms) => (ms === null ? "n/a" : ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;

export async function runReaderBench(pagesList = [10, 100, 1000]) {
  const dir = mkdtempSync(join(tmpdir(), "vanthu-bench-"));
  try {
    const bundlePath = await bundle(dir);
    const seedLines = readFileSync(SEED, "utf8").split("\n");
    const rows = [];
    for (const pages of pagesList) {
      const file = join(dir, `plan-${pages}.docx`);
      writeFileSync(file, await generate(pages, seedLines));
      // Five of each side even at 1,000 pages: with three, one slow run of either side moved the ratio by ten points.
      const repeats = 5;
      const out = execFileSync(
        process.execPath,
        ["--expose-gc", here, "--child", bundlePath, file, String(repeats)],
        {
          encoding: "utf8",
          maxBuffer: 1 << 20,
        },
      );
      rows.push({ pages, ...JSON.parse(out.trim().split("\n").pop()) });
    }
    const [load] = loadavg();
    console.log(
      `Reader and checker: median of 5 runs; wall time, CPU time in brackets. Load average ${load.toFixed(1)} on ${cpus().length} cores${load > cpus().length ? ": the machine is busy, CPU times are the steadier figure" : ""}.`,
    );
    console.log(
      "pages | paragraphs | docx / unzipped | read (cpu) | check (cpu; findings) | read+check (cpu) | paragraphs/s | peak heap | max RSS growth | mammoth (cpu) | read+check / mammoth (cpu)",
    );
    for (const r of rows) {
      const total = r.checkMs === null ? r.readMs : r.readMs + r.checkMs;
      const totalCpu = r.checkCpuMs === null ? r.readCpuMs : r.readCpuMs + r.checkCpuMs;
      console.log(
        [
          r.pages,
          r.paragraphs,
          `${mb(r.docxBytes)} / ${mb(r.unzipped)}`,
          `${fmtMs(r.readMs)} (${fmtMs(r.readCpuMs)})`,
          r.checkMs === null
            ? "n/a (engine not available)"
            : `${fmtMs(r.checkMs)} (${fmtMs(r.checkCpuMs)}; ${r.findings} findings)`,
          `${fmtMs(total)} (${fmtMs(totalCpu)})`,
          Math.round((r.paragraphs / total) * 1000).toLocaleString("en-US"),
          `${mb(r.heapGrowth)} (${(r.heapGrowth / r.unzipped).toFixed(1)}× unzipped)`,
          `${mb(r.peakGrowth)} (${(r.peakGrowth / r.unzipped).toFixed(1)}×)`,
          `${fmtMs(r.mammothMs)} (${fmtMs(r.mammothCpuMs)})`,
          `${((total / r.mammothMs) * 100).toFixed(0)}% (${((totalCpu / r.mammothCpuMs) * 100).toFixed(0)}%)`,
        ].join(" | "),
      );
    }
    for (const r of rows)
      console.log(
        `${r.pages} pages: reference data loaded once in ${fmtMs(r.dataLoadMs)} (${fmtMs(r.dataLoadCpuMs)} CPU); check CPU ${fmtMs(r.checkCpuMs)} with the data rules, ${fmtMs(r.checkWithoutDataCpuMs)} without`,
      );
    for (const r of rows) {
      if (r.pairedCheckCpuMs === null || r.baseCheckCpuMs === null) continue;
      const added = r.pairedCheckCpuMs - r.baseCheckCpuMs;
      console.log(
        `${r.pages} pages: ${LANGUAGE_RULES.join(" + ")} add ${fmtMs(added)} CPU to the other rules' ${fmtMs(r.baseCheckCpuMs)} (+${((added / r.baseCheckCpuMs) * 100).toFixed(0)} %).`,
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === here) {
  if (process.argv[2] === "--child") {
    await child(process.argv[3], process.argv[4], Number(process.argv[5]));
  } else {
    const pages = process.argv
      .slice(2)
      .map(Number)
      .filter((n) => n > 0);
    await runReaderBench(pages.length > 0 ? pages : undefined);
  }
}
