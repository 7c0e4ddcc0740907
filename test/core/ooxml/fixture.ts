// Small hand-written packages for reader tests: a body, optional styles/numbering/theme/settings and extra parts.
import { strToU8, zipSync, type Zippable } from "fflate";

export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface PackageSpec {
  body: string;
  styles?: string;
  numbering?: string;
  theme?: string;
  settings?: string;
  footnotes?: string;
  /** Extra parts under word/ ("header1.xml" → xml), each related from the document with the given type and id. */
  parts?: { name: string; type: "header" | "footer"; id: string; xml: string }[];
  /** Extra zip entries, verbatim. */
  raw?: Record<string, Uint8Array>;
}

/** `<w:p>` with one run of text, and optional pPr/rPr inner XML. */
export const p = (text: string, pPr = "", rPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const A4_SECT =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;
}

export function packageParts(spec: PackageSpec): Record<string, string> {
  const rels: string[] = [];
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/document.xml": documentXml(spec.body),
  };
  const add = (name: string, type: string, xml: string, id = `rId${rels.length + 10}`): void => {
    parts[`word/${name}`] = xml;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${name}"/>`);
  };
  const wrap = (root: string, inner: string): string =>
    `<?xml version="1.0"?><w:${root} ${NS}>${inner}</w:${root}>`;
  if (spec.styles !== undefined) add("styles.xml", "styles", wrap("styles", spec.styles));
  if (spec.numbering !== undefined) add("numbering.xml", "numbering", wrap("numbering", spec.numbering));
  if (spec.settings !== undefined) add("settings.xml", "settings", wrap("settings", spec.settings));
  if (spec.footnotes !== undefined) add("footnotes.xml", "footnotes", wrap("footnotes", spec.footnotes));
  if (spec.theme !== undefined) add("theme/theme1.xml", "theme", spec.theme);
  for (const part of spec.parts ?? []) {
    add(part.name, part.type, wrap(part.type === "header" ? "hdr" : "ftr", part.xml), part.id);
  }
  parts["word/_rels/document.xml.rels"] =
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  return parts;
}

export function docx(spec: PackageSpec): Uint8Array {
  const files: Zippable = {};
  for (const [name, xml] of Object.entries(packageParts(spec))) files[name] = strToU8(xml);
  for (const [name, data] of Object.entries(spec.raw ?? {})) files[name] = data;
  return zipSync(files);
}

/** The same parts as a flat OPC package, as Word's getOoxml() returns it. */
export function flatOpc(spec: PackageSpec): string {
  const type = (name: string): string => {
    if (name.endsWith(".rels")) return "application/vnd.openxmlformats-package.relationships+xml";
    if (name === "word/document.xml")
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    if (name.startsWith("word/theme/")) return "application/vnd.openxmlformats-officedocument.theme+xml";
    const kind = name.slice(name.lastIndexOf("/") + 1).replace(/\d*\.xml$/, "");
    const map: Record<string, string> = { hdr: "header", header: "header", footer: "footer" };
    return `application/vnd.openxmlformats-officedocument.wordprocessingml.${map[kind] ?? kind}+xml`;
  };
  const parts = Object.entries(packageParts(spec))
    .filter(([name]) => name !== "[Content_Types].xml")
    .map(
      ([name, xml]) =>
        `<pkg:part pkg:name="/${name}" pkg:contentType="${type(name)}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`,
    );
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join("")}</pkg:package>`;
}

/** A minimal theme with the given minor/major latin fonts. */
export function theme(minor: string, major: string): string {
  return `<?xml version="1.0"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:fontScheme name="F"><a:majorFont><a:latin typeface="${major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
}
