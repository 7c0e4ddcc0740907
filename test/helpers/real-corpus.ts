// Scores the checker against the hand labels of the real corpus (test/fixtures/real/labels.json): for each labelled
// (document, rule) pair, "report" must get at least one finding of that rule and "clean" none. Used by the jest test
// test/core/real/real-corpus.test.ts and by `npm run bench -- real`.
import { readDocx } from "../../src/core/ooxml/read";
import { check, prepareCheck } from "../../src/core/rules/engine";

export type Label = "report" | "clean";

export interface LabelledDocument {
  kind: string;
  labels: Record<string, Label>;
  why: Record<string, string>;
  notes?: string;
  /** Labels changed after the checker was run, each with its reason. */
  relabelled?: Record<string, string>;
}

export interface LabelsFile {
  documents: Record<string, LabelledDocument>;
}

/** One labelled pair the checker got wrong. */
export interface Miss {
  file: string;
  rule: string;
  label: Label;
  /** The messages the checker gave for that rule (empty for a missed report). */
  messages: string[];
}

export interface Score {
  documents: number;
  pairs: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  misses: Miss[];
  /** Per rule: [true positives, false positives, false negatives]. */
  byRule: Record<string, [number, number, number]>;
}

/** Loads the data sets the rules read (units, laws, spelling), as the CLI does before checking; await it before scoring. */
export async function loadRuleData(): Promise<void> {
  await prepareCheck();
}

export function scoreCorpus(labels: LabelsFile, load: (file: string) => Uint8Array): Score {
  const score: Score = {
    documents: 0,
    pairs: 0,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 1,
    recall: 1,
    misses: [],
    byRule: {},
  };
  for (const [file, doc] of Object.entries(labels.documents)) {
    score.documents++;
    const findings = check(readDocx(load(file)));
    for (const [rule, label] of Object.entries(doc.labels)) {
      score.pairs++;
      const messages = findings.filter((f) => f.rule === rule).map((f) => f.message);
      const reported = messages.length > 0;
      const tally = (score.byRule[rule] ??= [0, 0, 0]);
      if (label === "report" && reported) {
        score.truePositives++;
        tally[0]++;
      } else if (label === "clean" && reported) {
        score.falsePositives++;
        tally[1]++;
        score.misses.push({ file, rule, label, messages });
      } else if (label === "report") {
        score.falseNegatives++;
        tally[2]++;
        score.misses.push({ file, rule, label, messages });
      }
    }
  }
  const tp = score.truePositives;
  score.precision = tp + score.falsePositives ? tp / (tp + score.falsePositives) : 1;
  score.recall = tp + score.falseNegatives ? tp / (tp + score.falseNegatives) : 1;
  return score;
}

/** A short report: the two figures, then every miss with the checker's messages. */
export function formatScore(s: Score): string {
  const lines = [
    `${s.documents} tệp, ${s.pairs} cặp (tệp, quy tắc) có nhãn: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} ` +
      `(đúng ${s.truePositives}, báo thừa ${s.falsePositives}, bỏ sót ${s.falseNegatives})`,
  ];
  for (const m of s.misses)
    lines.push(
      `  ${m.label === "clean" ? "báo thừa" : "bỏ sót"}  ${m.file}  ${m.rule}` +
        (m.messages.length
          ? `: ${m.messages[0]}` + (m.messages.length > 1 ? ` (+${m.messages.length - 1})` : "")
          : ""),
    );
  return lines.join("\n");
}
