// Small XML helpers for patching: namespaces, escaping, and a position-tracking parser setup.
import { SaxesParser, type SaxesTagNS } from "saxes";
import { VanThuError } from "../../errors";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** ISO/IEC 29500 Strict spelling of the same namespace. */
export const W_NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export const isW = (uri: string): boolean => uri === W_NS || uri === W_NS_STRICT;

/** A [start, end) slice of the source string. */
export interface XmlRange {
  start: number;
  end: number;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;");
}

export interface ElementEvent {
  tag: SaxesTagNS;
  /** Offset of the tag's "<". */
  start: number;
  /** Offset just after the open tag's ">". */
  openEnd: number;
}

export interface CloseEvent extends ElementEvent {
  /** Offset of the close tag's "<" (equal to `start` for a self-closing tag). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
}

export interface WalkHandlers {
  open(e: ElementEvent): void;
  close(e: CloseEvent): void;
  text?(text: string): void;
}

/**
 * Walk `xml` with saxes, reporting each element with its exact source offsets. Attribute values cannot hold a
 * raw "<", so the last "<" before the parser's position is the start of the tag just read.
 * `namespaces` binds prefixes for a fragment cut out of a larger part.
 */
export function walkXml(xml: string, handlers: WalkHandlers, namespaces?: Record<string, string>): void {
  const parser = new SaxesParser({ xmlns: true, position: true, additionalNamespaces: namespaces });
  const stack: ElementEvent[] = [];
  parser.on("doctype", () => {
    throw new VanThuError("doctype", "Tệp chứa khai báo DOCTYPE nên không được xử lý vì lý do an toàn.");
  });
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const event = { tag, start: tagStart(xml, openEnd), openEnd };
    stack.push(event);
    handlers.open(event);
  });
  parser.on("closetag", () => {
    const open = stack.pop() as ElementEvent;
    const end = parser.position;
    const closeStart = open.tag.isSelfClosing ? open.start : tagStart(xml, end);
    handlers.close({ ...open, closeStart, end });
  });
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  parser.on("error", (err) => {
    throw new VanThuError("malformed-xml", `Nội dung XML của tài liệu bị hỏng (${err.message}).`);
  });
  parser.write(xml).close();
}

/** Offset of the "<" opening the tag that ends just before `end` (a loop: lastIndexOf is slow on long strings). */
function tagStart(xml: string, end: number): number {
  let i = end - 1;
  while (i > 0 && xml.charCodeAt(i) !== 60) i--;
  return i;
}

/** Namespace declarations (prefix → uri) on the root element, for re-parsing fragments of the same part. */
export function rootNamespaces(xml: string): Record<string, string> {
  const parser = new SaxesParser({ xmlns: true });
  const found: Record<string, string> = {};
  let done = false;
  parser.on("opentag", (tag) => {
    if (done) return;
    done = true;
    Object.assign(found, tag.ns);
  });
  // Only the first tag is needed: feed up to the end of the root open tag.
  const firstTagEnd = findRootTagEnd(xml);
  parser.write(xml.slice(0, firstTagEnd));
  return found;
}

function findRootTagEnd(xml: string): number {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return xml.length;
    const next = xml[lt + 1];
    if (next === "?" || next === "!") {
      const close = next === "?" ? xml.indexOf("?>", lt) : xml.indexOf(">", lt);
      i = close < 0 ? xml.length : close + 1;
      continue;
    }
    // Root open tag: its ">" is the first one outside quotes.
    let quote = "";
    for (let j = lt + 1; j < xml.length; j++) {
      const c = xml[j];
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") return j + 1;
    }
    return xml.length;
  }
}

/**
 * Replace non-overlapping [start, end) ranges in one pass (linear in the string's length). An insertion (empty
 * range) at the start of a replaced range goes before that range's new text.
 */
export function spliceAll(xml: string, splices: { start: number; end: number; text: string }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(xml.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(xml.slice(at));
  return parts.join("");
}
