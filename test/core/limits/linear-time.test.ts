// No rule may be quadratic in a paragraph's length. This is a complexity test, not a speed target: each rule runs on
// one paragraph of n and of 16n characters built to provoke backtracking and pairwise comparisons, and the ratio of
// the CPU time the two take must stay near 16 (linear), far from 256 (quadratic). The best of three runs is taken, and
// inputs are large enough that a few milliseconds of noise cannot move the ratio much.
import { createModel } from "../../../src/core/model/create";
import { check, prepareCheck } from "../../../src/core/rules/engine";
import { allRules } from "../../../src/core/rules/registry";

jest.setTimeout(300_000);

/** Each input provokes a pattern of work that turned out quadratic in some rule: long runs, deep nesting, repeats. */
const INPUTS: Record<string, (n: number) => string> = {
  "a run of spaces": (n) => "a" + " ".repeat(n) + "b",
  "one long word with an @": (n) => "a".repeat(n) + "@",
  "dots between lower and upper case": (n) => "a.B".repeat(n / 3),
  "slips of spacing": (n) => "Lời  văn ,dài ".repeat(n / 14),
  "nested brackets": (n) => "(".repeat(n / 2) + ")".repeat(n / 2),
  "repeated function words": (n) => "của ".repeat(n / 4),
  "repeated phrases": (n) => "Trên đây là ".repeat(n / 12),
  "short sentences": (n) => "Một câu. ".repeat(n / 9),
  abbreviations: (n) => "UBND ".repeat(n / 5),
  "mixed tone styles": (n) => "hoà hòa ".repeat(n / 8),
};

const SMALL = 12_000;
const FACTOR = 16;

function cpuMs(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

beforeAll(() => prepareCheck());

describe.each(allRules.map((r) => r.meta.id))("%s", (id) => {
  it.each(Object.keys(INPUTS))("grows linearly with the paragraph: %s", (name) => {
    const time = (n: number) => {
      const model = createModel({ paragraphs: [INPUTS[name](n)] });
      return cpuMs(() => check(model, { rules: [id] }));
    };
    const small = time(SMALL);
    const large = time(SMALL * FACTOR);
    // Below 40 ms the large input is too fast for the ratio to mean anything, and surely not quadratic.
    if (large < 40) return expect(large).toBeLessThan(40);
    // Linear is 16, n log n about 21; quadratic would be 256.
    expect(large / Math.max(small, 1)).toBeLessThan(FACTOR * 4);
  });
});
