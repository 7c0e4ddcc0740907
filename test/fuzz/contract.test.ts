// The CLI contract under mutated input: a few hundred seeded mutants of our own documents per run (FUZZ_RUNS,
// FUZZ_SEED; `npm run fuzz` runs thousands). Every `check` exits 0, 1 or 2 with JSON on stdout and, on exit 2, one
// Vietnamese sentence, never a stack trace; every `fix` leaves its input byte for byte, and its exit code is that of
// a re-check of what it wrote. A failing mutant is replayed with its seed: FUZZ_SEED=<seed> FUZZ_RUNS=1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vanthu } from "../helpers/cli";
import { mutate, prng } from "./mutate";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Every how many mutants `fix` runs too (it is the slower command). */
const FIX_EVERY = Number(process.env.FUZZ_FIX_EVERY ?? 3);
const SEEDS = ["assets/sample/ke-hoach-thi-dua-2017-2020.docx", "assets/sample/seed-as-is.docx"].map(
  (path) => new Uint8Array(readFileSync(path)),
);

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "vanthu-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TRACE = /\n\s+at\s|\b(TypeError|RangeError|ReferenceError|SyntaxError|Error):/;
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Each stderr line is one sentence: no trace, no control character, ending in a full stop. */
function expectSentences(stderr: string): void {
  expect(stderr).not.toMatch(TRACE);
  expect(stderr).not.toMatch(TERMINAL_CONTROL);
  for (const line of stderr.trimEnd().split("\n").filter(Boolean)) expect(line).toMatch(/[.!)]$/);
}

const figures = { runs: 0, byExit: { 0: 0, 1: 0, 2: 0 } as Record<number, number>, fixes: 0, unexpected: 0 };
const byKind = new Map<string, number[]>();

afterAll(() => {
  const kinds = Object.fromEntries([...byKind].map(([k, exits]) => [k, exits]));
  mkdirSync("test-results", { recursive: true });
  writeFileSync(
    join("test-results", "fuzz-summary.json"),
    JSON.stringify({ seed: BASE_SEED, ...figures, byKind: kinds }, null, 2) + "\n",
  );
});

describe.each(Array.from({ length: RUNS }, (_, i) => BASE_SEED + i))("mutant %i", (seed) => {
  const random = prng(seed);
  const mutant = mutate(random, SEEDS[seed % SEEDS.length]);
  const input = join(dir, `${seed}.docx`);

  it(`(${mutant.kind}) keeps the contract`, async () => {
    writeFileSync(input, mutant.bytes);
    const checked = await vanthu("check", input, "--format", "json");
    expect([0, 1, 2]).toContain(checked.code);
    const json = JSON.parse(checked.stdout) as { files: { error?: string; findings: unknown[] }[] };
    expect(json.files).toHaveLength(1);
    expectSentences(checked.stderr);
    if (checked.code === 2) {
      expect(json.files[0].error).toMatch(/^[^\n]+[.!)]$/);
      if (/không lường trước/.test(json.files[0].error ?? "")) figures.unexpected++;
    }
    figures.runs++;
    figures.byExit[checked.code]++;
    const counts = byKind.get(mutant.kind) ?? [0, 0, 0];
    counts[checked.code]++;
    byKind.set(mutant.kind, counts);

    const text = await vanthu("check", input);
    expect(text.code).toBe(checked.code);
    expect(text.stdout).not.toMatch(TERMINAL_CONTROL);

    if (seed % FIX_EVERY !== 0 || checked.code === 2) return;
    const out = join(dir, `${seed}-fixed.docx`);
    const fixed = await vanthu("fix", input, "-o", out, "--confirm");
    figures.fixes++;
    expect([0, 1, 2]).toContain(fixed.code);
    expectSentences(fixed.stderr);
    expect(new Uint8Array(readFileSync(input))).toEqual(mutant.bytes);
    if (fixed.code === 2) return;
    // What fix wrote reads back, and its exit code is that of a re-check.
    const rechecked = await vanthu("check", out, "--format", "json");
    expect(rechecked.code).toBe(fixed.code);
  });
});
