// Patching OOXML in place: apply Edit[] to word/document.xml and restore what a change replaced.
export { patchDocumentXml, restoreDocumentXml } from "./document";
export type { DocumentPatch, SavedParagraph, SavedSection } from "./document";
export { patchDocx, restoreDocx, insertIntoDocx, mainPartName, removeSignatures } from "./package";
export { removeFromDocx } from "./package";
export { insertFragment, fragmentDocument } from "./insert";
export type { BodyInsertPoint } from "./insert";
export type { DocxPatch } from "./package";
export { planEdits, REASONS } from "./plan";
export type { Plan, Skipped } from "./plan";
export { scanParagraphs } from "./scan";
