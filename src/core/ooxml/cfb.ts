// Compound File Binary (OLE2) files are not .docx: Word writes one for an old .doc and for a password-protected .docx.
// The stream names in its directory say which (UTF-16LE "EncryptedPackage" or "WordDocument").
import type { VanThuError } from "../errors";
import { compoundFile, encryptedDocx, oldDoc } from "./errors";

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);
}

function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The error to give for a compound file. */
export function compoundFileError(bytes: Uint8Array): VanThuError {
  if (contains(bytes, utf16("EncryptedPackage")) || contains(bytes, utf16("EncryptionInfo")))
    return encryptedDocx();
  if (contains(bytes, utf16("WordDocument"))) return oldDoc();
  return compoundFile();
}
