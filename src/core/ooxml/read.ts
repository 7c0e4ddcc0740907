// The one OOXML reader: a .docx (zip) or the flat OPC package Word's getOoxml() returns, into one DocModel.
import type { DocModel } from "../model/types";
import { assemble, ModelBuilder } from "./assemble";
import { compoundFileError, isCompoundFile } from "./cfb";
import { assertWordPackage } from "./content-types";
import { missingDocument, packageTooLarge } from "./errors";
import { readFlatOpcPackage } from "./flat-opc";
import { readRelationships, relKind, relsPartOf, storyKindOf, type PackageContents } from "./package";
import { StoryReader, type RawParagraph, type Story } from "./story";
import { ChunkDecoder, decodeText } from "./decode";
import { parseTree, XmlStream, type XNode } from "./xml";
import { PACKAGE_LIMIT, ZipArchive, type Inflater } from "./zip";

export interface ReadOptions {
  /** Progress callback: bytes or paragraphs done / total. */
  onProgress?: (done: number, total: number) => void;
  /** The host's native inflate and CRC-32 (the CLI's node:zlib); fflate and the CRC tables otherwise. */
  inflater?: Inflater;
}

type SmallPart = "styles" | "numbering" | "theme" | "settings";
const SMALL_PARTS = new Set(["styles", "numbering", "theme", "settings"]);

/** Read a .docx (zip bytes) into the model. Throws VanThuError with one Vietnamese sentence on bad input. */
export function readDocx(bytes: Uint8Array, options?: ReadOptions): DocModel {
  if (isCompoundFile(bytes)) throw compoundFileError(bytes);
  if (looksLikeXml(bytes)) {
    if (bytes.length > PACKAGE_LIMIT) throw packageTooLarge();
    return readFlatOpc(decodeText(bytes, "(tệp XML)"), options);
  }
  const zip = new ZipArchive(bytes, undefined, options?.inflater);
  const tree = (part: string): XNode | null => {
    const data = zip.read(part);
    return data === null ? null : parseTree(decodeText(data, part), part);
  };
  // Stories are inflated, decoded and parsed chunk by chunk: a large document.xml is never held whole.
  const story = (
    part: string,
    kind: Story["kind"],
    onProgress?: ReadOptions["onProgress"],
    onParagraph?: (p: RawParagraph) => void,
  ): Story | null => {
    const reader = new StoryReader(part, kind, onParagraph);
    const xml = new XmlStream(reader, part);
    const decoder = new ChunkDecoder(part);
    const found = zip.readChunks(part, (chunk, done, total) => {
      decoder.decodeInto(chunk, (text) => xml.write(text));
      onProgress?.(done, total);
    });
    if (!found) return null;
    xml.write(decoder.flush());
    xml.end();
    return reader.story;
  };

  const packageRels = readRelationships(tree("_rels/.rels"), "");
  const main =
    packageRels.find((r) => relKind(r) === "officeDocument" && r.target !== null)?.target ??
    "word/document.xml";
  assertWordPackage(tree("[Content_Types].xml"), main);
  if (!zip.has(main)) throw missingDocument();
  const relationships = readRelationships(tree(relsPartOf(main)), main);
  // Styles, numbering and theme first: each body paragraph is then resolved as soon as it is read.
  const small: Pick<PackageContents, SmallPart> = {
    styles: null,
    numbering: null,
    theme: null,
    settings: null,
  };
  for (const rel of relationships) {
    const kind = relKind(rel);
    if (rel.target !== null && SMALL_PARTS.has(kind)) small[kind as SmallPart] ??= tree(rel.target);
  }
  const builder = new ModelBuilder(small);
  const body = story(main, "body", options?.onProgress, (p) => builder.body(p));
  if (body === null) throw missingDocument();
  const contents: PackageContents = {
    ...small,
    source: "docx",
    mainPart: main,
    body,
    stories: new Map(),
    relationships,
    signed: [...zip.entries.keys()].some((name) => name.startsWith("_xmlsignatures/")),
    documentXmlBytes: zip.entries.get(main)?.size ?? 0,
  };
  for (const rel of relationships) {
    const storyKind = storyKindOf(relKind(rel));
    if (rel.target === null || storyKind === null || contents.stories.has(rel.target)) continue;
    const s = story(rel.target, storyKind);
    if (s !== null) contents.stories.set(rel.target, s);
  }
  return builder.build(contents);
}

/** Read the flat OPC package that Word's getOoxml() returns. */
export function readFlatOpc(xml: string, options?: ReadOptions): DocModel {
  return assemble(readFlatOpcPackage(xml, options?.onProgress));
}

/** A text file starting with "<" (after a byte-order mark and white space): a flat OPC package saved as .xml. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    i < 64 &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes[i] === 0x3c;
}
