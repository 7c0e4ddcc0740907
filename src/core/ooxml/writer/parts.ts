// The package parts around the body: styles, settings, headers, relationships, content types, properties.
import type { PageSetup } from "../../model/types";
import { FONT } from "./context";
import { CONTENT_TYPE, NS, REL, rootNamespaces } from "./namespaces";
import { paragraphXml } from "./paragraph";
import { createContext } from "./context";
import { el, esc, XML_DECL } from "./xml";

/** Minimal styles: document defaults and a Normal style in Times New Roman at the body size, black. */
export function stylesXml(bodySize: number): string {
  const half = bodySize * 2;
  const rPr =
    el("w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:eastAsia": FONT, "w:cs": FONT }) +
    el("w:color", { "w:val": "000000" }) +
    el("w:sz", { "w:val": half }) +
    el("w:szCs", { "w:val": half }) +
    el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA" });
  return (
    XML_DECL +
    `<w:styles xmlns:w="${NS.w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

export function settingsXml(): string {
  return (
    XML_DECL +
    `<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/><w:compat>` +
    `<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
    `</w:compat></w:settings>`
  );
}

/** Header with the PAGE field centred (default pages) or an empty one (first page). */
export function headerXml(withPageNumber: boolean, size: number): string {
  const p = paragraphXml(
    {
      kind: "paragraph",
      align: "center",
      size,
      runs: withPageNumber ? [{ text: "2", field: "PAGE" }] : [],
    },
    createContext(size),
    0,
  );
  return XML_DECL + `<w:hdr${rootNamespaces()}>${p}</w:hdr>`;
}

export function sectionXml(page: PageSetup, headers: { defaultId: string; firstId: string } | null): string {
  const m = page.margins;
  const refs = headers
    ? el("w:headerReference", { "w:type": "default", "r:id": headers.defaultId }) +
      el("w:headerReference", { "w:type": "first", "r:id": headers.firstId })
    : "";
  return el(
    "w:sectPr",
    {},
    refs +
      el("w:pgSz", {
        "w:w": page.width,
        "w:h": page.height,
        "w:orient": page.orientation === "landscape" ? "landscape" : undefined,
      }) +
      el("w:pgMar", {
        "w:top": m.top,
        "w:right": m.right,
        "w:bottom": m.bottom,
        "w:left": m.left,
        "w:header": m.header,
        "w:footer": m.footer,
        "w:gutter": m.gutter,
      }) +
      el("w:pgNumType", { "w:fmt": "decimal", "w:start": 1 }) +
      el("w:cols", { "w:space": 720 }) +
      (headers ? "<w:titlePg/>" : "") +
      el("w:docGrid", { "w:linePitch": 360 }),
  );
}

export function documentXml(body: string): string {
  return XML_DECL + `<w:document${rootNamespaces()}><w:body>${body}</w:body></w:document>`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relsXml(rels: Relationship[]): string {
  return (
    XML_DECL +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => el("Relationship", { Id: r.id, Type: r.type, Target: r.target })).join("") +
    `</Relationships>`
  );
}

export function contentTypesXml(overrides: Record<string, string>): string {
  return (
    XML_DECL +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    el("Default", { Extension: "rels", ContentType: CONTENT_TYPE.rels }) +
    el("Default", { Extension: "xml", ContentType: CONTENT_TYPE.xml }) +
    Object.entries(overrides)
      .map(([part, type]) => el("Override", { PartName: part, ContentType: type }))
      .join("") +
    `</Types>`
  );
}

export function corePropsXml(title: string | undefined, creator: string | undefined, when: string): string {
  return (
    XML_DECL +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title ? `<dc:title>${esc(title)}</dc:title>` : "") +
    (creator ? `<dc:creator>${esc(creator)}</dc:creator>` : "") +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    `</cp:coreProperties>`
  );
}

export function appPropsXml(): string {
  return (
    XML_DECL +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>Trợ lý Văn thư</Application></Properties>`
  );
}

export { REL, CONTENT_TYPE };
