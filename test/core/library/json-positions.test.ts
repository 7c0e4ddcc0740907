import { JsonSyntaxError, parseJsonWithPositions } from "../../../src/core/library/json-positions";

function syntaxError(source: string): JsonSyntaxError {
  try {
    parseJsonWithPositions(source);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
  throw new Error("parsed without error");
}

describe("parseJsonWithPositions", () => {
  it("gives the same values as JSON.parse", () => {
    const source = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\u0041\\n\\"y"}, "d": []}';
    expect(parseJsonWithPositions(source).value).toEqual(JSON.parse(source));
  });

  it("records where each value and key starts", () => {
    const source = '{\n  "clauses": [\n    {\n      "title": "A"\n    }\n  ]\n}';
    const { values, keys } = parseJsonWithPositions(source);
    expect(values.get("/clauses/0/title")).toEqual({ line: 4, column: 16 });
    expect(keys.get("/clauses/0/title")).toEqual({ line: 4, column: 7 });
    expect(values.get("/clauses/0")).toEqual({ line: 3, column: 5 });
  });

  it("escapes / and ~ in pointers", () => {
    const { values } = parseJsonWithPositions('{"a/b": {"c~d": 1}}');
    expect(values.has("/a~1b/c~0d")).toBe(true);
  });

  it("names the line of a missing comma", () => {
    const e = syntaxError('{\n  "a": 1\n  "b": 2\n}');
    expect(e.position.line).toBe(3);
    expect(e.reason).toMatch(/thiếu dấu phẩy/);
  });

  it("names an unterminated string", () => {
    expect(syntaxError('{\n"a": "abc').reason).toMatch(/chưa đóng/);
  });

  it("refuses a raw line break inside a string", () => {
    const e = syntaxError('{"a": "x\ny"}');
    expect(e.position.line).toBe(1);
    expect(e.reason).toMatch(/ký tự xuống dòng/);
  });

  it("refuses trailing content, duplicate keys, empty input and comments", () => {
    expect(syntaxError('{"a": 1} x').reason).toMatch(/thừa/);
    expect(syntaxError('{"a": 1,\n "a": 2}').position.line).toBe(2);
    expect(syntaxError('{"a": 1, "a": 2}').reason).toMatch(/lặp lại/);
    expect(syntaxError("   ").reason).toMatch(/rỗng/);
    expect(syntaxError('{"a": 1 // c\n}').reason).toMatch(/thiếu dấu phẩy/);
  });

  it("refuses hostile nesting instead of overflowing the stack", () => {
    expect(syntaxError("[".repeat(10000)).reason).toMatch(/lồng nhau quá sâu/);
  });

  it("skips a byte order mark and keeps __proto__ an ordinary key", () => {
    const { value } = parseJsonWithPositions('\ufeff{"__proto__": {"polluted": true}}');
    expect(Object.keys(value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
