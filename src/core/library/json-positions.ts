// A strict JSON parser (RFC 8259) that remembers where every value starts, so a schema error found on the
// parsed value can name its line. JSON.parse gives no positions; this gives the same values.

export interface Position {
  line: number;
  column: number;
}

export interface PositionedJson {
  value: unknown;
  /** JSON pointer (RFC 6901: "/clauses/3/title") → where the value starts. */
  values: Map<string, Position>;
  /** JSON pointer of an object member → where its key starts. */
  keys: Map<string, Position>;
}

/** Malformed JSON, with the position and a Vietnamese reason. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly position: Position,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "JsonSyntaxError";
  }
}

/** Nesting deeper than this is refused rather than risking the stack on a hostile file. */
const MAX_DEPTH = 64;

export function pointerSegment(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function parseJsonWithPositions(text: string): PositionedJson {
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = 0;

  const pos = (at = i): Position => ({ line, column: at - lineStart + 1 });
  const fail = (reason: string, at = i): never => {
    throw new JsonSyntaxError(pos(at), reason);
  };
  const describe = (at: number): string =>
    at >= text.length ? "hết tệp" : `ký tự "${text[at] === '"' ? '\\"' : text[at]}"`;

  function skipSpace(): void {
    for (;;) {
      const c = text[i];
      if (c === "\n") {
        i++;
        line++;
        lineStart = i;
      } else if (c === " " || c === "\t" || c === "\r") i++;
      else return;
    }
  }

  function parseString(): string {
    const start = i;
    i++; // opening quote
    let out = "";
    let chunk = i;
    for (;;) {
      if (i >= text.length) fail("chuỗi chưa đóng dấu ngoặc kép", start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          "\\": "\\",
          "/": "/",
          b: "\b",
          f: "\f",
          n: "\n",
          r: "\r",
          t: "\t",
        };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("mã \\u trong chuỗi phải có đúng 4 chữ số hệ 16");
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else fail(`dấu "\\" trong chuỗi đứng trước ${describe(i + 1)} không hợp lệ`);
        chunk = i;
        continue;
      }
      if (c < 0x20) fail("chuỗi chứa ký tự xuống dòng hoặc ký tự điều khiển chưa viết dạng \\n, \\t");
      i++;
    }
  }

  function parseNumber(): number {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail(`giá trị không hợp lệ bắt đầu bằng ${describe(i)}`);
    i += m[0].length;
    return Number(m[0]);
  }

  function parseValue(pointer: string, depth: number): unknown {
    skipSpace();
    if (depth > MAX_DEPTH) fail("tệp lồng nhau quá sâu");
    values.set(pointer, pos());
    const c = text[i];
    if (c === "{") return parseObject(pointer, depth);
    if (c === "[") return parseArray(pointer, depth);
    if (c === '"') return parseString();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return parseNumber();
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`cần một giá trị nhưng gặp ${describe(i)}`);
  }

  function parseObject(pointer: string, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const seen = new Set<string>();
    i++;
    skipSpace();
    if (text[i] === "}") {
      i++;
      return obj;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`cần tên trường trong dấu ngoặc kép nhưng gặp ${describe(i)}`);
      const keyPos = pos();
      const key = parseString();
      if (seen.has(key)) fail(`trường "${key}" bị lặp lại`, keyPos.column - 1 + lineStart);
      seen.add(key);
      const child = `${pointer}/${pointerSegment(key)}`;
      keys.set(child, keyPos);
      skipSpace();
      if (text[i] !== ":") fail(`thiếu dấu hai chấm sau tên trường "${key}"`);
      i++;
      // defineProperty keeps a "__proto__" key an ordinary member, as JSON.parse does.
      Object.defineProperty(obj, key, {
        value: parseValue(child, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipSpace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return obj;
      }
      fail(`thiếu dấu phẩy hoặc dấu "}" — gặp ${describe(i)}`);
    }
  }

  function parseArray(pointer: string, depth: number): unknown[] {
    const arr: unknown[] = [];
    i++;
    skipSpace();
    if (text[i] === "]") {
      i++;
      return arr;
    }
    for (;;) {
      arr.push(parseValue(`${pointer}/${arr.length}`, depth + 1));
      skipSpace();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return arr;
      }
      fail(`thiếu dấu phẩy hoặc dấu "]" — gặp ${describe(i)}`);
    }
  }

  if (text.trim() === "") fail("tệp rỗng");
  const value = parseValue("", 0);
  skipSpace();
  if (i < text.length) fail(`còn nội dung thừa sau giá trị JSON: ${describe(i)}`);
  return { value, values, keys };
}
