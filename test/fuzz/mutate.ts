// Seeded mutations of a .docx for the fuzz test: byte flips, truncation, zip-level changes (a part dropped or
// renamed) and XML-level edits of a part (elements cut, doubled or unclosed, text with characters XML or a terminal
// should not see, attribute values replaced). The same seed gives the same mutant, so a failure can be replayed.
// Inputs of the huge kind (list start numbers in the billions, millions of paragraphs) are the limits' own tests:
// no mutation here makes a document much larger than its seed.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** mulberry32: a small, fast PRNG with a 32-bit state. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  kind: string;
  bytes: Uint8Array;
}

type Random = () => number;
const int = (random: Random, n: number): number => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)];

/** Text that tries the reader, the rules and the terminal: controls, noncharacters, bidi, escapes, markup. */
const HOSTILE_TEXT = [
  "\u0001",
  "\u001b[31m",
  "\u001b]0;title\u0007",
  "\u009b2J",
  "\uFFFE",
  "\uFFFF",
  "\ud800",
  "\u202E",
  "\u2066",
  "\uFEFF",
  "&amp;",
  "]]>",
  "  ",
  "\t",
  "Ⅳ.",
  "a\u0301",
  "𝐀",
  "ngày 31 tháng 02 năm 2024",
  "Điều 0.",
  "IIII.",
];

function byteFlips(random: Random, bytes: Uint8Array): Mutant {
  const out = bytes.slice();
  const n = 1 + int(random, 8);
  for (let i = 0; i < n; i++) out[int(random, out.length)] ^= 1 << int(random, 8);
  return { kind: "byte-flip", bytes: out };
}

function truncation(random: Random, bytes: Uint8Array): Mutant {
  return { kind: "truncation", bytes: bytes.slice(0, int(random, bytes.length)) };
}

function zipLevel(random: Random, parts: Record<string, Uint8Array>): Mutant {
  const names = Object.keys(parts);
  const name = pick(random, names);
  const action = int(random, 3);
  if (action === 0) delete parts[name];
  else if (action === 1) {
    parts[`${name}.bak`] = parts[name];
    delete parts[name];
  } else parts[pick(random, names)] = parts[name];
  return { kind: ["zip-drop-part", "zip-rename-part", "zip-swap-part"][action], bytes: zipSync(parts) };
}

/** Element start tags `<w:x …>` in `xml`, as [start, end) offsets. */
function tags(xml: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /<[A-Za-z][^<>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The element starting at `start` (to its matching close), or null when it cannot be found cheaply. */
function elementAt(xml: string, start: number, openEnd: number): [number, number] | null {
  if (xml[openEnd - 2] === "/") return [start, openEnd];
  const name = /^<([^\s/>]+)/.exec(xml.slice(start, openEnd))?.[1];
  if (!name) return null;
  let depth = 1;
  const re = new RegExp(`<(/?)${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[\\s/>])[^>]*?(/?)>`, "g");
  re.lastIndex = openEnd;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth === 0) return [start, m.index + m[0].length];
  }
  return null;
}

const XML_EDITS = [
  "xml-cut-element",
  "xml-double-element",
  "xml-unclose",
  "xml-hostile-text",
  "xml-attribute",
  "xml-sym",
  "xml-nest-run",
] as const;

function xmlEdit(random: Random, xml: string): { kind: string; xml: string } {
  const kind = pick(random, XML_EDITS);
  const all = tags(xml);
  if (all.length < 2) return { kind, xml };
  const [start, end] = all[1 + int(random, all.length - 1)];
  switch (kind) {
    case "xml-cut-element":
    case "xml-double-element": {
      const el = elementAt(xml, start, end);
      if (!el) return { kind, xml };
      const body = xml.slice(el[0], el[1]);
      return {
        kind,
        xml: xml.slice(0, el[0]) + (kind === "xml-cut-element" ? "" : body + body) + xml.slice(el[1]),
      };
    }
    case "xml-unclose":
      return { kind, xml: xml.slice(0, end - 1) + xml.slice(end) };
    case "xml-hostile-text": {
      const at = xml.indexOf("</w:t>", int(random, xml.length));
      if (at < 0) return { kind, xml };
      const text = pick(random, HOSTILE_TEXT)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;");
      return { kind, xml: xml.slice(0, at) + text + xml.slice(at) };
    }
    case "xml-attribute": {
      const tag = xml.slice(start, end);
      const values = ["", "-1", "0", "99999", "abc", "true", "auto", "&#x1;", "1e9"];
      const mutated = tag.replace(/="[^"]*"/, `="${pick(random, values)}"`);
      return { kind, xml: xml.slice(0, start) + mutated + xml.slice(end) };
    }
    case "xml-sym": {
      const at = xml.indexOf("<w:t", int(random, xml.length));
      if (at < 0) return { kind, xml };
      const code = pick(random, ["001B", "0007", "009B", "202E", "FFFE", "D800", "0000", "F020", "zz"]);
      return { kind, xml: xml.slice(0, at) + `<w:sym w:font="Symbol" w:char="${code}"/>` + xml.slice(at) };
    }
    case "xml-nest-run": {
      const el = elementAt(xml, start, end);
      if (!el) return { kind, xml };
      const body = xml.slice(el[0], el[1]);
      const depth = 1 + int(random, 40);
      const wrapped = "<w:sdt><w:sdtContent>".repeat(depth) + body + "</w:sdtContent></w:sdt>".repeat(depth);
      return { kind, xml: xml.slice(0, el[0]) + wrapped + xml.slice(el[1]) };
    }
  }
}

function xmlLevel(random: Random, parts: Record<string, Uint8Array>): Mutant {
  const xmlParts = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  // word/document.xml most of the time: it is what every rule reads.
  const name = random() < 0.6 && parts["word/document.xml"] ? "word/document.xml" : pick(random, xmlParts);
  const edits = 1 + int(random, 3);
  let xml = strFromU8(parts[name]);
  const kinds: string[] = [];
  for (let i = 0; i < edits; i++) {
    const edit = xmlEdit(random, xml);
    xml = edit.xml;
    kinds.push(edit.kind);
  }
  parts[name] = strToU8(xml);
  return { kind: kinds[0], bytes: zipSync(parts) };
}

/** One mutant of `seed` (a .docx), chosen and made by `random`. */
export function mutate(random: Random, seed: Uint8Array): Mutant {
  const r = random();
  if (r < 0.15) return byteFlips(random, seed);
  if (r < 0.25) return truncation(random, seed);
  const parts = unzipSync(seed);
  if (r < 0.35) return zipLevel(random, parts);
  return xmlLevel(random, parts);
}
