import { textRepeated } from "../../../src/core/rules/text-repeated";
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
