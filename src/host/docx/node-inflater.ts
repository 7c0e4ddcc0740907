// node:zlib's inflate and CRC-32 for the reader: the CLI and the .docx host read packages with them, several times
// faster than fflate and the CRC tables the pane uses (src/core stays free of Node APIs; it takes them as options).
import { crc32, inflateRawSync } from "zlib";
import type { DocModel } from "../../core/model/types";
import { readDocx, type ReadOptions } from "../../core/ooxml/read";
import type { Inflater } from "../../core/ooxml/zip";

export const nodeInflater: Inflater = {
  // One output buffer a byte larger than the limit: zlib then stops inside it and returns it as it is, where smaller
  // chunks are joined by a copy at the end (a sixth of the read of a 6 MB part). More output than the limit throws.
  inflateRaw: (data, maxOutputLength) =>
    inflateRawSync(data, { maxOutputLength, chunkSize: Math.max(64, maxOutputLength + 1) }),
  crc32: (bytes, crc) => crc32(bytes, crc),
};

/** `readDocx` as everything on Node reads a package: with node:zlib's inflate and CRC-32. */
export const readDocxInNode = (bytes: Uint8Array, onProgress?: ReadOptions["onProgress"]): DocModel =>
  readDocx(bytes, { onProgress, inflater: nodeInflater });
