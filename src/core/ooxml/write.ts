// The one OOXML writer: Block[] → a whole .docx (CLI, new documents) or a flat OPC fragment (insertOoxml).
import { strToU8, zipSync } from "fflate";
import type { Block, DocumentSpec } from "../model/blocks";
import { a4Page } from "../model/create";
import { blocksXml } from "./writer/body";
import { createContext } from "./writer/context";
import { flatOpc } from "./writer/flat-opc";
import {
  appPropsXml,
  CONTENT_TYPE,
  contentTypesXml,
  corePropsXml,
  documentXml,
  headerXml,
  REL,
  type Relationship,
  relsXml,
  sectionXml,
  settingsXml,
  stylesXml,
} from "./writer/parts";

function textWidth(page: DocumentSpec["page"]): number {
  return page.width - page.margins.left - page.margins.right;
}

/** A whole .docx from a document spec: A4 page setup, and when asked a centred PAGE field hidden on page 1. */
export function writeDocx(spec: DocumentSpec): Uint8Array {
  const ctx = createContext(spec.bodySize);
  const headers = spec.pageNumbers ? { defaultId: "rId3", firstId: "rId4" } : null;
  // A body must end with a paragraph after a table; give it the body size and no spacing.
  const last = spec.blocks[spec.blocks.length - 1];
  const tail =
    !last || last.kind === "table" ? blocksXml([{ kind: "paragraph", runs: [], size: 1 }], ctx, 0) : "";
  const body = blocksXml(spec.blocks, ctx, textWidth(spec.page)) + tail + sectionXml(spec.page, headers);
  const docRels: Relationship[] = [
    { id: "rId1", type: REL.styles, target: "styles.xml" },
    { id: "rId2", type: REL.settings, target: "settings.xml" },
  ];
  const overrides: Record<string, string> = {
    "/word/document.xml": CONTENT_TYPE.document,
    "/word/styles.xml": CONTENT_TYPE.styles,
    "/word/settings.xml": CONTENT_TYPE.settings,
    "/docProps/core.xml": CONTENT_TYPE.core,
    "/docProps/app.xml": CONTENT_TYPE.app,
  };
  const files: Record<string, Uint8Array> = {};
  if (headers) {
    docRels.push({ id: headers.defaultId, type: REL.header, target: "header1.xml" });
    docRels.push({ id: headers.firstId, type: REL.header, target: "header2.xml" });
    overrides["/word/header1.xml"] = CONTENT_TYPE.header;
    overrides["/word/header2.xml"] = CONTENT_TYPE.header;
    files["word/header1.xml"] = strToU8(headerXml(true, spec.bodySize));
    files["word/header2.xml"] = strToU8(headerXml(false, spec.bodySize));
  }
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  Object.assign(files, {
    "[Content_Types].xml": strToU8(contentTypesXml(overrides)),
    "_rels/.rels": strToU8(
      relsXml([
        { id: "rId1", type: REL.officeDocument, target: "word/document.xml" },
        { id: "rId2", type: REL.coreProps, target: "docProps/core.xml" },
        { id: "rId3", type: REL.extendedProps, target: "docProps/app.xml" },
      ]),
    ),
    "word/document.xml": strToU8(documentXml(body)),
    "word/_rels/document.xml.rels": strToU8(relsXml(docRels)),
    "word/styles.xml": strToU8(stylesXml(spec.bodySize)),
    "word/settings.xml": strToU8(settingsXml()),
    "docProps/core.xml": strToU8(corePropsXml(spec.title, spec.creator, now)),
    "docProps/app.xml": strToU8(appPropsXml()),
  });
  return zipSync(files, { level: 6 });
}

/**
 * A flat OPC package (pkg:package) holding the blocks, for Word's insertOoxml. No section properties and no
 * trailing empty paragraph: Word merges the last paragraph with the one at the insertion point.
 */
export function writeFragment(blocks: Block[], options?: { bodySize?: number }): string {
  const bodySize = options?.bodySize ?? 14;
  const ctx = createContext(bodySize);
  const page = a4Page();
  const body = blocksXml(blocks, ctx, textWidth(page));
  return flatOpc([
    {
      name: "/_rels/.rels",
      contentType: CONTENT_TYPE.rels,
      xml: relsXml([{ id: "rId1", type: REL.officeDocument, target: "word/document.xml" }]),
    },
    { name: "/word/document.xml", contentType: CONTENT_TYPE.document, xml: documentXml(body) },
    {
      name: "/word/_rels/document.xml.rels",
      contentType: CONTENT_TYPE.rels,
      xml: relsXml([{ id: "rId1", type: REL.styles, target: "styles.xml" }]),
    },
    { name: "/word/styles.xml", contentType: CONTENT_TYPE.styles, xml: stylesXml(bodySize) },
  ]);
}
