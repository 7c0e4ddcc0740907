// Patch the main document part inside .docx bytes; every other part is carried over unchanged.
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { VanThuError } from "../../errors";
import { Crc32 } from "../crc32";
import { decodeText } from "../decode";
import { checksumMismatch } from "../errors";
import { ZipArchive } from "../zip";
import type { Edit } from "../../rules/types";
import {
  type DocumentPatch,
  type SavedParagraph,
  type SavedSection,
  patchDocumentXml,
  restoreDocumentXml,
} from "./document";
import { type BodyInsertPoint, insertFragment } from "./insert";
import { removeBodyParagraphs } from "./remove";
import { walkXml } from "./xml";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const OFFICE_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

/** Name of the main document part ("word/document.xml"), from the package relationships. */
export function mainPartName(files: Record<string, Uint8Array>): string {
  const rels = files["_rels/.rels"];
  let target: string | null = null;
  if (rels) {
    walkXml(decodeText(rels, "_rels/.rels"), {
      open({ tag }) {
        if (tag.local !== "Relationship" || target) return;
        const type = tag.attributes.Type?.value;
        if (type === OFFICE_DOCUMENT || type === OFFICE_DOCUMENT_STRICT)
          target = tag.attributes.Target?.value ?? null;
      },
      close() {},
    });
  }
  const name = ((target as string | null) ?? "word/document.xml").replace(/^\//, "");
  if (!files[name])
    throw new VanThuError("missing-document", "Tệp không có phần nội dung chính (word/document.xml).");
  return name;
}

/**
 * Every part, each checked against the CRC-32 its zip entry records: the reader checks the parts it reads, and
 * a patch carries every other part into the new file, so a damaged one is refused here rather than copied out.
 */
function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new VanThuError("not-zip", "Tệp không phải là tài liệu .docx hợp lệ (không mở được dạng nén).");
  }
  const entries = new ZipArchive(bytes).entries;
  for (const [name, data] of Object.entries(files)) {
    const entry = entries.get(name);
    if (entry === undefined) continue;
    const crc = new Crc32();
    crc.update(data);
    if (crc.value() !== entry.crc) throw checksumMismatch(name);
  }
  return files;
}

/**
 * A part's text whatever its encoding, and back to bytes: the patched part is always written as UTF-8 (a UTF-16
 * part is read through its byte-order mark), so its XML declaration must say UTF-8.
 */
const partText = (files: Record<string, Uint8Array>, name: string): string => decodeText(files[name], name);
const partBytes = (xml: string): Uint8Array =>
  strToU8(xml.replace(/^(<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2"));

function rezip(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { level: 6 }];
  return zipSync(entries);
}

export interface DocxPatch extends Omit<DocumentPatch, "xml"> {
  bytes: Uint8Array;
}

export function patchDocx(bytes: Uint8Array, edits: Edit[], options: { track?: boolean } = {}): DocxPatch {
  const files = unzip(bytes);
  const name = mainPartName(files);
  const { xml, ...rest } = patchDocumentXml(partText(files, name), edits, options);
  if (rest.paragraphs.length === 0 && rest.sections.length === 0) return { ...rest, bytes };
  files[name] = partBytes(xml);
  return { ...rest, bytes: rezip(files) };
}

export function restoreDocx(
  bytes: Uint8Array,
  paragraphs: SavedParagraph[],
  sections: SavedSection[],
): { bytes: Uint8Array; restored: number; skipped: number } {
  const files = unzip(bytes);
  const name = mainPartName(files);
  const { xml, restored, skipped } = restoreDocumentXml(partText(files, name), paragraphs, sections);
  files[name] = partBytes(xml);
  return { bytes: rezip(files), restored, skipped };
}

/** Insert a flat OPC fragment's body into .docx bytes (see insertFragment). */
export function insertIntoDocx(
  bytes: Uint8Array,
  flatOpc: string,
  at: BodyInsertPoint,
): { bytes: Uint8Array; firstParagraph: number | null; count: number } {
  const files = unzip(bytes);
  const name = mainPartName(files);
  const { xml, firstParagraph, count } = insertFragment(partText(files, name), flatOpc, at);
  files[name] = partBytes(xml);
  return { bytes: rezip(files), firstParagraph, count };
}

/** The .docx without the given body paragraphs (see removeBodyParagraphs). */
export function removeFromDocx(bytes: Uint8Array, drop: ReadonlySet<number>): Uint8Array {
  const files = unzip(bytes);
  const name = mainPartName(files);
  files[name] = partBytes(removeBodyParagraphs(partText(files, name), drop));
  return rezip(files);
}

/**
 * The package without its digital signatures: once a signed document is changed its signature no longer holds, so
 * the signature parts go, with their relationships and content types.
 */
export function removeSignatures(bytes: Uint8Array): Uint8Array {
  const files = unzip(bytes);
  const isSignature = (name: string): boolean => /^\/?_xmlsignatures\//i.test(name);
  const names = Object.keys(files);
  if (!names.some(isSignature)) return bytes;
  for (const name of names) if (isSignature(name)) delete files[name];
  const drop = (part: string, element: RegExp): void => {
    if (files[part]) files[part] = partBytes(partText(files, part).replace(element, ""));
  };
  drop("_rels/.rels", /<(\w+:)?Relationship\b[^>]*\bTarget="\/?_xmlsignatures\/[^"]*"[^>]*\/>/gi);
  drop("[Content_Types].xml", /<(\w+:)?Override\b[^>]*\bPartName="\/_xmlsignatures\/[^"]*"[^>]*\/>/gi);
  return rezip(files);
}
