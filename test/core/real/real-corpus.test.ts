// The checker against the hand labels of the real corpus: precision and recall per (document, rule) of at least 0.98.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  formatScore,
  loadRuleData,
  scoreCorpus,
  type LabelsFile,
  type Score,
} from "../../helpers/real-corpus";

const dir = join(__dirname, "..", "..", "fixtures", "real");
const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as LabelsFile;

describe("real corpus", () => {
  let score: Score;
  beforeAll(async () => {
    await loadRuleData();
    score = scoreCorpus(labels, (file) => readFileSync(join(dir, file)));
  });

  it("labels every document it holds and only those", () => {
    expect(score.documents).toBe(Object.keys(labels.documents).length);
    expect(score.pairs).toBeGreaterThan(0);
  });

  it("meets the labels with precision and recall of at least 0.98", () => {
    console.log(formatScore(score));
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.98);
  });
});
