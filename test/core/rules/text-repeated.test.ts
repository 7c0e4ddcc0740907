import { findRepeats, textRepeated } from "../../../src/core/rules/text-repeated";
import { hasLetter } from "../../../src/core/vietnamese/letters";
import { FUNCTION_WORDS, scanWords, tokenize, Vocabulary } from "../../../src/core/vietnamese/words";
import { seededTexts } from "../../helpers/seeded-texts";
import { check, fixed } from "./text-context";

describe("text-repeated", () => {
  it.each([
    ["Trên đây là Trên đây là Kế hoạch công tác", " Trên đây là", "Lặp cụm từ “Trên đây là”"],
    ["Trên đây là trên đây là kế hoạch", " trên đây là", "Lặp cụm từ “Trên đây là”"],
    ["nhiệm vụ của của đơn vị", " của", "Lặp từ “của”"],
    ["cá nhân và và tập thể", " và", "Lặp từ “và”"],
    ["triển khai các các phong trào", " các", "Lặp từ “các”"],
    ["năm 2017 năm 2017 tổ chức", " năm 2017", "Lặp cụm từ “năm 2017”"],
  ])("%s", (text, removed, message) => {
    const [f, ...rest] = check(textRepeated, [text]);
    expect(rest).toEqual([]);
    expect(f.message).toContain(message);
    expect(text.slice(f.span!.start, f.span!.end)).toBe(removed);
    const edit = f.fix!.edits[0];
    expect(edit).toMatchObject({ kind: "replaceText", replacement: "", expectedText: text });
    expect(check(textRepeated, fixed([text], f))).toEqual([]);
    expect(text.slice(0, f.span!.start) + text.slice(f.span!.end)).not.toMatch(/(\S+ \S+ \S+) \1/i);
  });

  it.each([
    "người người, nhà nhà thi đua",
    "ngày ngày chăm lo đời sống",
    "từ từ tháo gỡ khó khăn",
    "đều đều, song song hai nhiệm vụ",
    "thi đua, thi đua hơn nữa",
    "Trên đây là kế hoạch. Trên đây là nội dung",
    "18/11 18/11",
    "dần dần, xanh xanh, đời đời",
  ])("accepts %s", (text) => expect(check(textRepeated, [text])).toEqual([]));
});

describe("text-repeated on packed words", () => {
  // The rule as first written, on token objects: the reference the packed version must match.
  function reference(text: string): [number, number][] {
    const tokens = tokenize(text);
    const same = (i: number, n: number) =>
      i + 2 * n <= tokens.length &&
      tokens.slice(i, i + n).every((t, k) => t.key === tokens[i + n + k].key) &&
      tokens.slice(i, i + 2 * n - 1).every((t) => t.spaceAfter) &&
      tokens.slice(i, i + n).some((t) => hasLetter(t.key));
    const out: [number, number][] = [];
    for (let i = 0; i < tokens.length;) {
      let n = Math.min(8, Math.floor((tokens.length - i) / 2));
      while (n >= 2 && !same(i, n)) n--;
      if (n < 2 && !(same(i, 1) && FUNCTION_WORDS.has(tokens[i].key))) {
        i++;
        continue;
      }
      n = Math.max(n, 1);
      out.push([tokens[i + n - 1].end, tokens[i + 2 * n - 1].end]);
      i += 2 * n;
    }
    return out;
  }

  it("reports the same spans as the token version on seeded texts sharing one vocabulary", () => {
    const pieces = [
      "của ",
      "Của ",
      "và",
      " ",
      "  ",
      "trên đây ",
      "là ",
      "2017 ",
      ", ",
      "nhà ",
      "ΣΑ ",
      "\t",
      "x",
    ];
    const vocabulary = new Vocabulary();
    let reported = 0;
    for (const text of seededTexts(21, pieces, 3000, 16)) {
      const spans = findRepeats(text, scanWords(text, vocabulary), vocabulary).map((r) => [r.start, r.end]);
      expect([text, spans]).toEqual([text, reference(text)]);
      reported += spans.length;
    }
    expect(reported).toBeGreaterThan(500);
  });
});
