// Clause library benchmark: 5,000 generated clauses, search time per keystroke (and index build and
// validation time), printed — never asserted. The TypeScript is bundled with esbuild at run time.
// Usage: node scripts/bench/library.mjs
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const CLAUSES = 5000;
const RUNS = 7;

const entry = `
export { buildIndex, search } from "./src/core/library/search";
export { parseLibrary } from "./src/core/library/validate";
export { serializeLibrary } from "./src/core/library/serialize";
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: "ts", sourcefile: "bench-entry.ts" },
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "error",
});
const lib = await import(
  "data:text/javascript;base64," + Buffer.from(bundle.outputFiles[0].text).toString("base64")
);

// 5,000 clauses made from the shipped library's clauses, each varied so no two texts are alike.
const seed = JSON.parse(
  readFileSync(join(root, "assets/libraries/lang-son-thi-dua-khen-thuong.json"), "utf8"),
);
const words = seed.clauses.flatMap((c) => JSON.stringify(c.content).match(/[\p{L}]{3,}/gu) ?? []);
let state = 42;
const random = (n) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};
const phrase = (n) => Array.from({ length: n }, () => words[random(words.length)]).join(" ");
const clauses = Array.from({ length: CLAUSES }, (_, i) => {
  const base = seed.clauses[i % seed.clauses.length];
  return {
    ...base,
    id: `${base.id}-${i}`,
    title: `${base.title} ${phrase(2)}`,
    tags: [...base.tags, phrase(1)],
    content: [...base.content, { type: "paragraph", text: `${phrase(40)}.` }],
  };
});
const library = { ...seed, clauses };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
/** Wall time and this process's CPU time (the machine may be busy with other work). */
const time = (f) => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = f();
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000, result };
};
const fmt = (ms) => `${ms.toFixed(2)} ms`;
const both = (xs) =>
  `wall median ${fmt(median(xs.map((x) => x.wall)))}, p95 ${fmt(p95(xs.map((x) => x.wall)))}; cpu median ${fmt(median(xs.map((x) => x.cpu)))}`;

const text = lib.serializeLibrary(library);
const validate = [];
for (let r = 0; r < 3; r++) validate.push(time(() => lib.parseLibrary(text)));
const parsed = lib.parseLibrary(text);
if (!parsed.ok) throw new Error("generated library does not validate: " + parsed.issues[0].reason);

// The first build folds every clause; later builds (after a layer edit) reuse the folded clauses.
const cold = time(() => lib.buildIndex(parsed.library.clauses, (c) => c));
const warm = [];
for (let r = 0; r < RUNS; r++) warm.push(time(() => lib.buildIndex(parsed.library.clauses, (c) => c)));

// A user types each query one key at a time, then deletes it key by key, on a fresh index each run.
const queries = [
  "thi dua khen thuong",
  "Điển hình tiên tiến",
  "to chuc thuc hien",
  "phong trao thi dua yeu nuoc",
];
const typing = [];
const deleting = [];
let hitsOfLast = 0;
for (let r = 0; r < RUNS; r++)
  for (const q of queries) {
    const index = lib.buildIndex(parsed.library.clauses, (c) => c);
    for (let k = 1; k <= q.length; k++) {
      const t = time(() => lib.search(index, q.slice(0, k)));
      typing.push(t);
      if (k === q.length) hitsOfLast = t.result.length;
    }
    for (let k = q.length - 1; k >= 1; k--) deleting.push(time(() => lib.search(index, q.slice(0, k))));
  }
const filtered = [];
for (let r = 0; r < RUNS; r++) {
  const index = lib.buildIndex(parsed.library.clauses, (c) => c);
  filtered.push(
    time(() => lib.search(index, "thi dua", { section: "II. NỘI DUNG", documentType: "ke-hoach" })),
  );
}
const firstKey = [];
for (let r = 0; r < RUNS; r++) {
  const index = lib.buildIndex(parsed.library.clauses, (c) => c);
  firstKey.push(time(() => lib.search(index, "t")));
}

console.log(
  `Clause library, ${CLAUSES} clauses (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON), Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
);
console.log(`  validate (parse with positions + schema + text checks): ${both(validate)}`);
console.log(`  build index, first (folds every clause): wall ${fmt(cold.wall)}, cpu ${fmt(cold.cpu)}`);
console.log(`  build index again (after a layer edit):  ${both(warm)}`);
console.log(`  search per keystroke, typing (${typing.length}):   ${both(typing)} — budget 20 ms`);
console.log(`  search per keystroke, deleting (${deleting.length}): ${both(deleting)}`);
console.log(`  first keystroke "t" (nearly every clause matches): ${both(firstKey)}`);
console.log(`  search with section + type filters:       ${both(filtered)}`);
console.log(`  hits for "${queries[queries.length - 1]}": ${hitsOfLast}`);
