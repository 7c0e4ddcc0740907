// The legacy bundles (dist-e2e/*.legacy.*.js, made by `npm test`) and the pages' own scripts (bundle-loader.js,
// ie-redirect.js) must parse in the old Edge webview of Office 2016/2019 (EdgeHTML 18 = ES2017): every script as
// ES2017, every regex literal and every RegExp built from a string literal
// as an ES2017 pattern (no lookbehind, named groups, \p{…} or s flag), which babel cannot lower when built from a
// string and cannot lower at all for lookbehind. office.js, copied from its package, is Microsoft's to keep.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { parse, type Node } from "acorn";
import { RegExpValidator } from "@eslint-community/regexpp";
import { dist } from "./preview-browser";

const ES2017 = 2017;
const validator = new RegExpValidator({ ecmaVersion: ES2017 });

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "office-js" ? [] : scripts(path);
    return name.endsWith(".js") ? [path] : [];
  });
}

/** Where a position is: line:column, the bundled module it belongs to (development builds name them), code. */
function where(source: string, pos: number): string {
  const before = source.slice(0, pos);
  const line = before.split("\n").length;
  const column = pos - before.lastIndexOf("\n");
  const marker = before.lastIndexOf('\n/***/ "');
  const module = marker < 0 ? "" : ` in ${source.slice(marker + 8, source.indexOf('"', marker + 8))}`;
  const code = source.slice(Math.max(0, pos - 60), pos + 60).replace(/\s+/g, " ");
  return `${line}:${column}${module}: …${code}…`;
}

function regexProblem(pattern: string, flags: string): string | null {
  try {
    validator.validateFlags(flags);
    validator.validatePattern(pattern, 0, pattern.length, { unicode: flags.includes("u") });
    return null;
  } catch (e) {
    const message = (e as Error).message;
    return message.length > 200 ? `${message.slice(0, 200)}…` : message;
  }
}

type AnyNode = Node & Record<string, unknown>;

function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === "string") walk(item, visit);
    } else if (value && typeof (value as AnyNode).type === "string") walk(value as AnyNode, visit);
  }
}

/** A string literal, or a template literal without substitutions. */
function stringValue(node: AnyNode | undefined): string | null {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  const quasis = node.quasis as { value: { cooked: string } }[] | undefined;
  if (node.type === "TemplateLiteral" && quasis?.length === 1) return quasis[0].value.cooked;
  return null;
}

function isRegExpCallee(node: AnyNode): boolean {
  if (node.type === "Identifier") return node.name === "RegExp";
  const property = node.property as AnyNode | undefined;
  return node.type === "MemberExpression" && property?.type === "Identifier" && property.name === "RegExp";
}

/** What EdgeHTML 18 would reject in one script. */
function problemsIn(source: string): string[] {
  const problems: string[] = [];
  // Regex literals first, every one listed; each bad one is then blanked (same length) so that the ES2017 parse
  // below reports the first other syntax it cannot read.
  let checked = source;
  const ast = parse(source, { ecmaVersion: "latest", sourceType: "script" }) as unknown as AnyNode;
  walk(ast, (node) => {
    const regex = node.regex as { pattern: string; flags: string } | undefined;
    if (node.type === "Literal" && regex) {
      const problem = regexProblem(regex.pattern, regex.flags);
      if (!problem) return;
      problems.push(`regex literal at ${where(source, node.start)} — ${problem}`);
      const blank = `/${"x".repeat(node.end - node.start - 2)}/`;
      checked = checked.slice(0, node.start) + blank + checked.slice(node.end);
    } else if (
      (node.type === "NewExpression" || node.type === "CallExpression") &&
      isRegExpCallee(node.callee as AnyNode)
    ) {
      const args = node.arguments as AnyNode[];
      const pattern = stringValue(args[0]);
      const flags = args.length > 1 ? stringValue(args[1]) : "";
      if (pattern === null || flags === null || isCoreJsFeatureTest(source, node.start)) return;
      const problem = regexProblem(pattern, flags);
      if (problem) problems.push(`RegExp(…) at ${where(source, node.start)} — ${problem}`);
    }
  });
  try {
    parse(checked, { ecmaVersion: ES2017, sourceType: "script" });
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    problems.push(`ES2017 syntax at ${where(source, pos)} — ${(e as Error).message}`);
  }
  return problems;
}

/** core-js probes the engine with newer patterns inside try/catch, to decide what to polyfill. */
function isCoreJsFeatureTest(source: string, pos: number): boolean {
  const marker = source.lastIndexOf('\n/***/ "', pos);
  return (
    marker >= 0 &&
    /node_modules\/core-js\/internals\//.test(source.slice(marker, source.indexOf("\n", marker + 1)))
  );
}

const all = scripts(dist);
// The modern build's files (name.hash.js) are for current webviews only (bundle-loader.js decides).
const files = all.filter((f) => !/\.[0-9a-f]{8}\.js$/.test(f) || /\.legacy\.[0-9a-f]{8}\.js$/.test(f));

test("the build has the task pane and ribbon command bundles, modern and legacy, and the loader", () => {
  const names = all.map((f) => relative(dist, f));
  for (const entry of ["taskpane", "commands"]) {
    expect(names.some((n) => new RegExp(`^${entry}\\.[0-9a-f]{8}\\.js$`).test(n))).toBe(true);
    expect(names.some((n) => new RegExp(`^${entry}\\.legacy\\.[0-9a-f]{8}\\.js$`).test(n))).toBe(true);
  }
  expect(files.map((f) => relative(dist, f))).toContain("bundle-loader.js");
});

test.each(files.map((f) => [relative(dist, f), f]))("%s parses as ES2017 (EdgeHTML 18)", (_name, file) => {
  expect(problemsIn(readFileSync(file, "utf8"))).toEqual([]);
});

describe("the check itself", () => {
  test("rejects ES2018+ regex literals and RegExp patterns, and the first other newer syntax", () => {
    const lines = [
      'const a = /(?<!\\d)năm/u, b = new RegExp("(?<year>\\\\d+)"), c = RegExp(`\\\\p{L}`, "u");',
      'const d = new window.RegExp("a.b", "s"), e = /[\\u00C0-\\u1EF9]+/giu, f = new RegExp(x, "u");',
      "const { g, ...rest } = e;",
    ];
    const at = (line: number, code: string) => `${line + 1}:${lines[line].indexOf(code) + 1}`;
    const problems = problemsIn(lines.join("\n"));
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(`regex literal at ${at(0, "/(?<!")}: `);
    expect(problems[0]).toMatch(/Invalid group$/);
    expect(problems[1]).toMatch(`RegExp(…) at ${at(0, "new RegExp")}: `);
    expect(problems[1]).toMatch(/Invalid group$/);
    expect(problems[2]).toMatch(`RegExp(…) at ${at(0, "RegExp(`")}: `);
    expect(problems[2]).toMatch(/Invalid escape$/);
    expect(problems[3]).toMatch(`RegExp(…) at ${at(1, "new window")}: `);
    expect(problems[3]).toMatch(/Invalid flag 's'$/);
    expect(problems[4]).toMatch(`ES2017 syntax at ${at(2, "...")}: `);
  });
});
