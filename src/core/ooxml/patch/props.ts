// Set run, paragraph and section properties inside their property elements, keeping every child we do not
// change as it was and placing new children where the schema's sequence wants them (Word rejects misordered ones).
import type { SaxesTagNS } from "saxes";
import { escapeAttr, isW, walkXml } from "./xml";

/** CT_RPr child order. */
const RPR_ORDER = [
  "rStyle",
  "rFonts",
  "b",
  "bCs",
  "i",
  "iCs",
  "caps",
  "smallCaps",
  "strike",
  "dstrike",
  "outline",
  "shadow",
  "emboss",
  "imprint",
  "noProof",
  "snapToGrid",
  "vanish",
  "webHidden",
  "color",
  "spacing",
  "w",
  "kern",
  "position",
  "sz",
  "szCs",
  "highlight",
  "u",
  "effect",
  "bdr",
  "shd",
  "fitText",
  "vertAlign",
  "rtl",
  "cs",
  "em",
  "lang",
  "eastAsianLayout",
  "specVanish",
  "oMath",
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "rPrChange",
];
/** CT_PPr child order. */
const PPR_ORDER = [
  "pStyle",
  "keepNext",
  "keepLines",
  "pageBreakBefore",
  "framePr",
  "widowControl",
  "numPr",
  "suppressLineNumbers",
  "pBdr",
  "shd",
  "tabs",
  "suppressAutoHyphens",
  "kinsoku",
  "wordWrap",
  "overflowPunct",
  "topLinePunct",
  "autoSpaceDE",
  "autoSpaceDN",
  "bidi",
  "adjustRightInd",
  "snapToGrid",
  "spacing",
  "ind",
  "contextualSpacing",
  "mirrorIndents",
  "suppressOverlap",
  "jc",
  "textDirection",
  "textAlignment",
  "textboxTightWrap",
  "outlineLvl",
  "divId",
  "cnfStyle",
  "rPr",
  "sectPr",
  "pPrChange",
];
/** CT_SectPr child order. */
const SECTPR_ORDER = [
  "headerReference",
  "footerReference",
  "footnotePr",
  "endnotePr",
  "type",
  "pgSz",
  "pgMar",
  "paperSrc",
  "pgBorders",
  "lnNumType",
  "pgNumType",
  "cols",
  "formProt",
  "vAlign",
  "noEndnote",
  "titlePg",
  "textDirection",
  "bidi",
  "rtlGutter",
  "docGrid",
  "printerSettings",
  "sectPrChange",
];

export type PropKind = "rPr" | "pPr" | "sectPr";
const ORDERS: Record<PropKind, string[]> = { rPr: RPR_ORDER, pPr: PPR_ORDER, sectPr: SECTPR_ORDER };

interface Child {
  local: string;
  xml: string;
  /** Attributes as written (qualified name → value). */
  attrs: [string, string][];
}

/** Attribute changes on one child element: a value sets, null removes (local names, in the w: namespace). */
export type AttrChanges = Record<string, string | null>;

/** A change to one child: set/merge attributes, or remove the child (`remove`). */
export interface ChildChange {
  local: string;
  attrs?: AttrChanges;
  /** Replace all attributes instead of merging. */
  replace?: boolean;
  remove?: boolean;
  /** Put this XML as the child (replacing the existing one), instead of an empty element with attributes. */
  xml?: string;
}

/**
 * Apply child changes to a property element (`<w:rPr>…</w:rPr>`, or "" when the element does not exist yet),
 * returning the new element XML ("" if it would be empty and did not exist).
 */
export function patchProps(
  kind: PropKind,
  elementXml: string,
  changes: ChildChange[],
  prefix: string,
  namespaces?: Record<string, string>,
): string {
  const p = prefix ? `${prefix}:` : "";
  let open = `<${p}${kind}>`;
  let name = `${p}${kind}`;
  let children: Child[] = [];
  if (elementXml) {
    ({ open, name, children } = parseChildren(elementXml, namespaces));
  }
  const order = ORDERS[kind];
  for (const change of changes) {
    const at = children.findIndex((c) => c.local === change.local);
    if (change.remove) {
      if (at >= 0) children.splice(at, 1);
      continue;
    }
    if (change.xml !== undefined) {
      const raw: Child = { local: change.local, attrs: [], xml: change.xml };
      if (at >= 0) children[at] = raw;
      else insertOrdered(children, raw, order);
      continue;
    }
    const attrs = at >= 0 && !change.replace ? [...children[at].attrs] : [];
    for (const [local, value] of Object.entries(change.attrs ?? {})) {
      const i = attrs.findIndex(([name]) => localOf(name) === local);
      if (value === null) {
        if (i >= 0) attrs.splice(i, 1);
      } else if (i >= 0) attrs[i] = [attrs[i][0], value];
      else attrs.push([`${p}${local}`, value]);
    }
    const child: Child = { local: change.local, attrs, xml: emptyElement(`${p}${change.local}`, attrs) };
    if (at >= 0) children[at] = child;
    else insertOrdered(children, child, order);
  }
  if (!elementXml && children.length === 0) return "";
  const selfClosing = open.endsWith("/>");
  const openTag = selfClosing ? `${open.slice(0, -2)}>` : open;
  return `${openTag}${children.map((c) => c.xml).join("")}</${name}>`;
}

/** The direct children of a property element, each with its local name and verbatim XML. */
export function propChildren(
  elementXml: string,
  namespaces?: Record<string, string>,
): { local: string; xml: string }[] {
  return parseChildren(elementXml, namespaces).children.map(({ local, xml }) => ({ local, xml }));
}

function insertOrdered(children: Child[], child: Child, order: string[]): void {
  const rank = order.indexOf(child.local);
  const at = children.findIndex((c) => order.indexOf(c.local) > rank);
  children.splice(at < 0 ? children.length : at, 0, child);
}

function localOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function emptyElement(qname: string, attrs: [string, string][]): string {
  return `<${qname}${attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join("")}/>`;
}

/** Split a property element into its open tag and direct children (verbatim XML each). */
function parseChildren(
  xml: string,
  namespaces?: Record<string, string>,
): { open: string; name: string; children: Child[] } {
  let open = "";
  let name = "";
  const children: Child[] = [];
  let depth = 0;
  let current: { tag: SaxesTagNS; start: number } | null = null;
  walkXml(
    xml,
    {
      open({ tag, start, openEnd }) {
        depth++;
        if (depth === 1) {
          open = xml.slice(start, openEnd);
          name = tag.name;
        } else if (depth === 2) current = { tag, start };
      },
      close({ tag, end }) {
        if (depth === 2 && current) {
          const attrs: [string, string][] = Object.values(tag.attributes)
            .filter((a) => a.prefix !== "xmlns" && a.name !== "xmlns")
            .map((a) => [a.name, a.value]);
          children.push({
            local: isW(tag.uri) ? tag.local : `{${tag.uri}}${tag.local}`,
            xml: xml.slice(current.start, end),
            attrs,
          });
          current = null;
        }
        depth--;
      },
    },
    namespaces,
  );
  return { open, name, children };
}
