// The done-when check of text-spelling and text-proper-names on text written for them: 200 sentences of
// administrative prose with planted errors of every class (broken syllables, misplaced marks, Telex/VNI leftovers,
// listed confusions; agency, unit, title, document, part, holiday, day and month, Nhân dân/Nhà nước/Đảng capitals).
// Each rule must find exactly its planted errors, with the planted fix where one is given, and nothing else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDatasets } from "../../../src/core/rules/datasets";
import { textProperNames } from "../../../src/core/rules/text-proper-names";
import { textSpelling } from "../../../src/core/rules/text-spelling";
import type { FindingInput, Edit } from "../../../src/core/rules/types";
import { textContext } from "./text-context";

interface Planted {
  rule: string;
  paragraph: number;
  start: number;
  end: number;
  written: string;
  meant: string;
}

const MARK = /\[\[([^|\]]+)\|([^\]]*)\]\]|\{\{([^|}]+)\|([^}]*)\}\}/g;

function parse(file: string): { paragraphs: string[]; planted: Planted[] } {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const planted: Planted[] = [];
  const paragraphs = lines.map((line, paragraph) => {
    let text = "";
    let last = 0;
    for (const m of line.matchAll(MARK)) {
      text += line.slice(last, m.index);
      const written = m[1] ?? m[3];
      planted.push({
        rule: m[1] !== undefined ? "text-spelling" : "text-proper-names",
        paragraph,
        start: text.length,
        end: text.length + written.length,
        written,
        meant: m[2] ?? m[4],
      });
      text += written;
      last = m.index + m[0].length;
    }
    return text + line.slice(last);
  });
  return { paragraphs, planted };
}

const { paragraphs, planted } = parse(join(__dirname, "../../fixtures/spelling-planted.txt"));

beforeAll(() => loadDatasets(["spelling"]));

const replacement = (f: FindingInput) =>
  (f.fix?.edits[0] as Extract<Edit, { kind: "replaceText" }>)?.replacement;

describe("the 200-sentence planted text", () => {
  it("has 200 sentences and plants every class of error", () => {
    expect(paragraphs).toHaveLength(200);
    const spelling = planted.filter((p) => p.rule === "text-spelling");
    expect(spelling.length).toBeGreaterThanOrEqual(60);
    expect(planted.length - spelling.length).toBeGreaterThanOrEqual(45);
  });

  describe.each([textSpelling, textProperNames])("$meta.id", (rule) => {
    const mine = planted.filter((p) => p.rule === rule.meta.id);
    const found = () => rule.check(textContext({ paragraphs }));

    it("finds every planted error, with its fix", () => {
      const all = found();
      const missed: string[] = [];
      for (const p of mine) {
        const f = all.find(
          (x) => x.paragraph === p.paragraph && x.span?.start === p.start && x.span.end === p.end,
        );
        if (!f) missed.push(`${p.paragraph}: ${p.written}`);
        else if (p.meant !== "") expect([p.written, replacement(f)]).toEqual([p.written, p.meant]);
      }
      expect(missed).toEqual([]);
    });

    it("reports nothing else", () => {
      const extra = found()
        .filter(
          (f) =>
            !mine.some(
              (p) => f.paragraph === p.paragraph && f.span?.start === p.start && f.span.end === p.end,
            ),
        )
        .map((f) => `${f.paragraph}: ${f.message}`);
      expect(extra).toEqual([]);
    });
  });
});
