// Insert the body of a flat OPC fragment (what the one writer makes for Word's insertOoxml) into a
// word/document.xml: at the start, at the end (before the body's sectPr) or after a given body paragraph.
import { scanParagraphs } from "./scan";
import { type XmlRange, escapeAttr, isW, rootNamespaces, walkXml } from "./xml";

const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";

/** The w:document element of a flat OPC package's main part, as XML text. */
export function fragmentDocument(flatOpc: string): string {
  let inMainPart = false;
  let depthInData = -1;
  let depth = 0;
  let found: XmlRange | null = null;
  walkXml(flatOpc, {
    open({ tag, start }) {
      depth++;
      if (tag.uri === PKG_NS && tag.local === "part") {
        const name = Object.values(tag.attributes).find((a) => a.local === "name")?.value ?? "";
        inMainPart = name === "/word/document.xml";
      }
      if (inMainPart && tag.uri === PKG_NS && tag.local === "xmlData") depthInData = depth;
      else if (inMainPart && depthInData > 0 && depth === depthInData + 1 && !found)
        found = { start, end: start };
    },
    close({ tag, end }) {
      if (found && found.end === found.start && depth === depthInData + 1)
        found = { start: found.start, end };
      if (tag.uri === PKG_NS && tag.local === "xmlData") depthInData = -1;
      if (tag.uri === PKG_NS && tag.local === "part") inMainPart = false;
      depth--;
    },
  });
  if (!found) throw new Error("fragment without /word/document.xml");
  const range = found as XmlRange;
  return flatOpc.slice(range.start, range.end);
}

export interface BodyLayout {
  /** End of the <w:body> open tag. */
  bodyOpenEnd: number;
  /** Direct children of w:body, in order, with their local names. */
  children: (XmlRange & { local: string })[];
}

export function bodyLayout(xml: string, namespaces?: Record<string, string>): BodyLayout {
  let depth = 0;
  let bodyDepth = -1;
  let bodyOpenEnd = -1;
  const children: BodyLayout["children"] = [];
  walkXml(
    xml,
    {
      open({ tag, openEnd }) {
        depth++;
        if (bodyDepth < 0 && isW(tag.uri) && tag.local === "body") {
          bodyDepth = depth;
          bodyOpenEnd = openEnd;
        }
      },
      close({ tag, start, end }) {
        if (bodyDepth > 0 && depth === bodyDepth + 1) children.push({ start, end, local: tag.local });
        if (depth === bodyDepth) bodyDepth = -2;
        depth--;
      },
    },
    namespaces,
  );
  return { bodyOpenEnd, children };
}

export type BodyInsertPoint = "start" | "end" | { afterParagraph: number };

/** Insert the fragment's body content; returns the new XML and the body index of the first new paragraph. */
export function insertFragment(
  xml: string,
  flatOpc: string,
  at: BodyInsertPoint,
): { xml: string; firstParagraph: number | null; count: number } {
  const fragment = fragmentDocument(flatOpc);
  const fragmentNs = rootNamespaces(fragment);
  const targetNs = rootNamespaces(xml);
  // Prefixes the fragment uses that the target's root does not bind the same way are declared on each element.
  const decls = Object.entries(fragmentNs)
    .filter(([prefix, uri]) => prefix !== "" && targetNs[prefix] !== uri)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${escapeAttr(uri)}"`)
    .join("");
  const content = bodyLayout(fragment)
    .children.filter((c) => c.local !== "sectPr")
    .map((c) => {
      const element = fragment.slice(c.start, c.end);
      const nameEnd = 1 + tagNameLength(element);
      return element.slice(0, nameEnd) + decls + element.slice(nameEnd);
    })
    .join("");
  const layout = bodyLayout(xml, targetNs);
  let offset: number;
  if (at === "start") offset = layout.bodyOpenEnd;
  else if (at === "end") {
    const last = layout.children[layout.children.length - 1];
    offset = last && last.local === "sectPr" ? last.start : (last?.end ?? layout.bodyOpenEnd);
  } else {
    const p = scanParagraphs(xml, { bodyOnly: true, namespaces: targetNs }).paragraphs[at.afterParagraph];
    const holder = p && layout.children.find((c) => c.start <= p.range.start && c.end >= p.range.end);
    if (!holder) return insertFragment(xml, flatOpc, "end");
    offset = holder.end;
  }
  const out = xml.slice(0, offset) + content + xml.slice(offset);
  const after = scanParagraphs(out, { bodyOnly: true, namespaces: targetNs }).paragraphs;
  const before = scanParagraphs(xml, { bodyOnly: true, namespaces: targetNs }).paragraphs.length;
  const first = after.findIndex((p) => p.range.start >= offset);
  return { xml: out, firstParagraph: first < 0 ? null : first, count: after.length - before };
}

/** Length of an element's tag name from its "<". */
function tagNameLength(element: string): number {
  let i = 1;
  while (i < element.length && !" \t\r\n/>".includes(element[i])) i++;
  return i - 1;
}
