// The XML scanner against saxes (xmlns off, as the reader used it): on every XML part of the .docx fixtures, whole
// and cut into seeded chunks, and on seeded syntax mutations of them, both give the same elements, attributes and
// text, or both refuse (a DOCTYPE as such).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { XmlScanner } from "../../../src/core/ooxml/xml-scanner";
import { prng } from "../../fuzz/mutate";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];
type Outcome = Event[] | "malformed" | "doctype";

/** Adjacent texts joined, empty ones dropped: sinks only ever append text. */
function push(events: Event[], event: Event): void {
  const last = events[events.length - 1];
  if (event[0] !== "text") events.push(event);
  else if (event[1] === "") return;
  else if (last?.[0] === "text") last[1] += event[1];
  else events.push(["text", event[1]]);
}

function bySaxes(xml: string): Outcome {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  let outcome: "malformed" | "doctype" | null = null;
  parser.on("doctype", () => (outcome ??= "doctype"));
  parser.on("error", () => (outcome ??= "malformed"));
  parser.on("opentag", (tag) => {
    depth++;
    push(events, ["open", tag.name, { ...(tag.attributes as Record<string, string>) }]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    push(events, ["close", tag.name]);
  });
  // Text outside the root (white space there) reaches no sink.
  parser.on("text", (t) => depth > 0 && push(events, ["text", t]));
  parser.on("cdata", (t) => push(events, ["text", t]));
  try {
    parser.write(xml).close();
  } catch {
    outcome ??= "malformed";
  }
  return outcome ?? events;
}

function byScanner(xml: string, cuts: number[]): Outcome {
  const events: Event[] = [];
  const declared: Record<string, string> = {};
  let open = 0;
  const scanner = new XmlScanner(
    {
      open: (name, attrs, depth) => {
        // Each xmlns attribute was declared before its tag opened; the depth counts the open elements.
        const namespaces = Object.keys(attrs).filter((key) => key.startsWith("xmlns"));
        const noted = namespaces.map((key) => (declared[key] === attrs[key] ? "" : ` undeclared ${key}`));
        push(events, [
          "open",
          name + noted.join("") + (depth === open + 1 ? "" : ` at depth ${depth}`),
          { ...attrs },
        ]);
        open++;
        // Declarations belong to the tag that opened: a repeated tag must declare again.
        for (const key of Object.keys(declared)) delete declared[key];
      },
      close: (name) => {
        open--;
        push(events, ["close", name]);
      },
      text: (t) => push(events, ["text", t]),
      declare: (key, uri) => (declared[key] = uri),
    },
    () => new Error("doctype"),
    () => new Error("malformed"),
  );
  try {
    let at = 0;
    for (const cut of cuts) {
      scanner.write(xml.slice(at, cut));
      at = cut;
    }
    scanner.write(xml.slice(at));
    scanner.end();
  } catch (error) {
    return (error as Error).message as "malformed" | "doctype";
  }
  return events;
}

/** Compared as JSON first: deep equality of a large part's events is slow, and only a difference needs detail. */
function expectSame(label: unknown[], actual: Outcome, expected: Outcome): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    expect([...label, actual]).toEqual([...label, expected]);
}

/** Seeded cut points, sorted. */
function cutsOf(random: () => number, length: number, n: number): number[] {
  return Array.from({ length: n }, () => Math.floor(random() * length)).sort((a, b) => a - b);
}

/** Every .docx of the fixtures and of the shared corpus (when this machine has it). */
const ROOTS = ["test/fixtures", "/work/shared/corpus"].filter((root) => existsSync(root));
const parts: [string, string][] = [];
for (const root of ROOTS)
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".docx"),
  ))
    for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(root, file))))))
      if (/\.(xml|rels)$/.test(name)) parts.push([`${file}:${name}`, strFromU8(data)]);

describe("XmlScanner gives what saxes gives", () => {
  it("on every XML part of the fixtures, whole and cut into chunks", () => {
    expect(parts.length).toBeGreaterThan(100);
    const random = prng(14);
    for (const [name, xml] of parts) {
      const expected = bySaxes(xml);
      expect(typeof expected).not.toBe("string");
      expectSame([name], byScanner(xml, []), expected);
      expectSame([name], byScanner(xml, cutsOf(random, xml.length, 1 + Math.floor(random() * 40))), expected);
    }
  });

  /** Snippets that try each rule of XML syntax, put anywhere. */
  const SNIPPETS = [
    "&amp;",
    "&lt;&gt;&quot;&apos;",
    "&#65;",
    "&#x1F600;",
    "&#X41;",
    "&#x;",
    "&#0;",
    "&#xFFFE;",
    "&nbsp;",
    "&",
    "&amp",
    ";",
    "]]>",
    "]]",
    "<![CDATA[a<b&c\r\n]]>",
    "<![CDATA[",
    "<!-- note -->",
    "<!-- a -- b -->",
    "<!--",
    "<?pi data?>",
    '<?xml version="1.0"?>',
    "<?xml-stylesheet x?>",
    "\r\n",
    "\r",
    "\t",
    "\u0001",
    "\udc00",
    "\ufffe",
    "😀",
    "'",
    '"',
    "<",
    ">",
    "=",
    "</w:p>",
    "<w:p>",
    "<w:b/>",
    "<w:b / >",
    "</ w:p>",
    '<w:x a="1" a="2"/>',
    '<w:x a="1"b="2"/>',
    "<w:x a='1\"'/>",
    '<w:x a="<"/>',
    '<w:x a="\t\r\n&#10;"/>',
    "<w:x a=1/>",
    "<w:x a/>",
    "<1x/>",
    "<:x/>",
    "<x-y.z/>",
    "<!DOCTYPE x>",
    "<!doctype x>",
    "<!ELEMENT x>",
    " ",
    '<w:x xmlns:q="urn:q" q:a="1"/>',
    '<w:x __proto__="p" constructor="c"/>',
  ];

  it("on seeded syntax mutations, cut into chunks", () => {
    // SEED and MUTANTS run other or more mutants by hand (20,000 on three seeds before this was committed).
    const random = prng(Number(process.env.SEED ?? 2026));
    const mutants = Number(process.env.MUTANTS ?? 3000);
    const small = parts.filter(([, xml]) => xml.length < 20_000);
    let refused = 0;
    for (let n = 0; n < mutants; n++) {
      const [name, original] = small[Math.floor(random() * small.length)];
      let xml = original;
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const at = Math.floor(random() * xml.length);
        const r = random();
        if (r < 0.6)
          xml = xml.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)] + xml.slice(at);
        else if (r < 0.8) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 20));
        else xml = xml.slice(0, at);
      }
      const expected = bySaxes(xml);
      if (typeof expected === "string") refused++;
      const cuts = cutsOf(random, xml.length, Math.floor(random() * 30));
      expectSame([name, n], byScanner(xml, cuts), expected);
    }
    // Both kinds of mutant are met: ones still well formed and ones refused.
    expect(refused).toBeGreaterThan(mutants / 10);
    expect(refused).toBeLessThan(mutants - mutants / 60);
  });

  it("refuses a lone high surrogate, which saxes let through with the character after it", () => {
    expect(byScanner("<r>a\ud800b</r>", [])).toBe("malformed");
    expect(byScanner('<r a="\ud800"/>', [])).toBe("malformed");
    expect(byScanner("<r>\ud83d\ude00</r>", [4])).toEqual([
      ["open", "r", {}],
      ["text", "😀"],
      ["close", "r"],
    ]);
  });

  it("reads a repeated tag as it read it the first time, cut anywhere", () => {
    const repeated = [
      '<w:x a="1>2" b="3"/>',
      '<w:x a="1&amp;2"/>',
      "<w:x\r\n a='\t1'/>",
      '<w:x __proto__="p"/>',
      '<q:x xmlns:q="urn:q" q:a="1"/>',
      "<w:b/>",
      "<w:p>",
      "</w:p>",
      '<w:x a="1" a="1"/>',
    ];
    const random = prng(7);
    for (const piece of repeated) {
      const xml = `<r>${piece.repeat(3)}<w:p>${piece.repeat(2)}</w:p></r>${piece}`;
      const expected = bySaxes(xml);
      expectSame([piece], byScanner(xml, []), expected);
      for (let n = 0; n < 20; n++)
        expectSame([piece, n], byScanner(xml, cutsOf(random, xml.length, 1 + n)), expected);
      const inside = `<r>${piece.repeat(4)}</r>`;
      expectSame([piece, "inside"], byScanner(inside, cutsOf(random, inside.length, 3)), bySaxes(inside));
    }
  });

  it("reads a huge text and a huge tag arriving in small chunks", () => {
    const text = "a&amp;".repeat(200_000);
    const value = "v".repeat(1_000_000);
    const xml = `<r><t>${text}</t><e k="${value}"/></r>`;
    const cuts = Array.from({ length: Math.floor(xml.length / 4096) }, (_, k) => (k + 1) * 4096);
    expect(byScanner(xml, cuts)).toEqual([
      ["open", "r", {}],
      ["open", "t", {}],
      ["text", "a&".repeat(200_000)],
      ["close", "t"],
      ["open", "e", { k: value }],
      ["close", "e"],
      ["close", "r"],
    ]);
  });
});
