// Streaming XML over XmlScanner (xml-scanner.ts; saxes is kept for the patcher, which needs source offsets): events
// go to a sink; a DOCTYPE or malformed XML ends the parse with a VanThuError.
// Qualified names reach sinks with the conventional prefixes (w:, a:, wps:…) whatever prefixes the part declares.
import { VanThuError } from "../errors";
import { LIMITS } from "../limits";
import { doctypeRefused, malformedXml, nestedTooDeep } from "./errors";
import { XmlScanner } from "./xml-scanner";

export type Attrs = Record<string, string>;

export interface XmlSink {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text(text: string): void;
}

/** Namespace URIs the reader looks at, with the prefix it expects for each. */
const CANONICAL: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": "wpg",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o",
  "http://schemas.microsoft.com/office/2006/xmlPackage": "pkg",
};

/** Wraps a sink so that elements and attributes arrive with canonical prefixes. Cheap when nothing needs renaming. */
class PrefixNormalizer implements XmlSink {
  private rename: Map<string, string> | null = null;
  constructor(private readonly inner: XmlSink) {}

  open(name: string, attrs: Attrs): void {
    if (this.rename === null) return this.inner.open(name, attrs);
    const renamed: Attrs = {};
    for (const key in attrs) renamed[this.qualify(key, true)] = attrs[key];
    this.inner.open(this.qualify(name, false), renamed);
  }

  close(name: string): void {
    this.inner.close(this.rename === null ? name : this.qualify(name, false));
  }

  text(text: string): void {
    this.inner.text(text);
  }

  /**
   * An xmlns attribute of the tag being parsed (`XmlStream` hands them over as the parser meets them, before the
   * tag opens): a scan of every tag's attributes would cost more.
   */
  declare(key: string, uri: string): void {
    const canonical = CANONICAL[uri];
    if (canonical === undefined) return;
    // "xmlns" alone declares the default namespace: unprefixed names then belong to `canonical`.
    const prefix = key.length === 5 ? "" : key.slice(6);
    if (prefix === canonical) return;
    (this.rename ??= new Map()).set(prefix, canonical);
  }

  private qualify(name: string, isAttribute: boolean): string {
    const colon = name.indexOf(":");
    // Unprefixed attributes are in no namespace; xmlns declarations pass through.
    if (colon < 0 && isAttribute) return name;
    const prefix = colon < 0 ? "" : name.slice(0, colon);
    if (prefix === "xmlns") return name;
    const canonical = this.rename!.get(prefix);
    if (canonical === undefined) return name;
    return `${canonical}:${colon < 0 ? name : name.slice(colon + 1)}`;
  }
}

/** An incremental parse of one part: write text chunks, then end. */
export class XmlStream {
  private readonly scanner: XmlScanner;

  constructor(
    sink: XmlSink,
    private readonly part: string,
  ) {
    const target = new PrefixNormalizer(sink);
    this.scanner = new XmlScanner(
      {
        open(name, attrs, depth) {
          if (depth > LIMITS.xmlDepth) throw nestedTooDeep(part, LIMITS.xmlDepth);
          target.open(name, attrs);
        },
        close: (name) => target.close(name),
        text: (text) => target.text(text),
        declare: (key, uri) => target.declare(key, uri),
      },
      () => doctypeRefused(part),
      () => malformedXml(part),
    );
  }

  write(chunk: string): void {
    this.guard(() => this.scanner.write(chunk));
  }

  end(): void {
    this.guard(() => this.scanner.end());
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof VanThuError) throw error;
      throw malformedXml(this.part);
    }
  }
}

const CHUNK = 1 << 20;

/** Parse `text` (one part) into `sink`. `onChunk(done, total)` reports progress in characters. */
export function parseXml(
  text: string,
  sink: XmlSink,
  part: string,
  onChunk?: (done: number, total: number) => void,
): void {
  const stream = new XmlStream(sink, part);
  for (let at = 0; at < text.length; at += CHUNK) {
    stream.write(text.length <= CHUNK ? text : text.slice(at, at + CHUNK));
    onChunk?.(Math.min(at + CHUNK, text.length), text.length);
  }
  stream.end();
}

/** A small element tree, for the parts that are small (styles, numbering, theme, settings, relationships). */
export interface XNode {
  name: string;
  attrs: Attrs;
  children: XNode[];
  text: string;
}

export class TreeBuilder implements XmlSink {
  readonly root: XNode = { name: "#root", attrs: {}, children: [], text: "" };
  private readonly stack: XNode[] = [this.root];

  open(name: string, attrs: Attrs): void {
    const node: XNode = { name, attrs, children: [], text: "" };
    this.stack[this.stack.length - 1].children.push(node);
    this.stack.push(node);
  }

  close(): void {
    this.stack.pop();
  }

  text(text: string): void {
    if (this.stack.length > 1) this.stack[this.stack.length - 1].text += text;
  }
}

export function parseTree(text: string, part: string): XNode {
  const builder = new TreeBuilder();
  parseXml(text, builder, part);
  return builder.root;
}

export const child = (node: XNode | undefined, name: string): XNode | undefined =>
  node?.children.find((c) => c.name === name);

export const childrenNamed = (node: XNode | undefined, name: string): XNode[] =>
  node === undefined ? [] : node.children.filter((c) => c.name === name);
