// node:zlib's inflate and CRC-32 for the reader: the CLI and the .docx host read packages with them, several times
// faster than fflate and the CRC tables the pane uses (src/core stays free of Node APIs; it takes them as options).
import { crc32, inflateRawSync } from "zlib";
import type { Inflater } from "../../core/ooxml/zip";

/** One output buffer for most parts: zlib's default 16 KB chunks are joined at the end, a copy per chunk. */
const CHUNK = 1 << 20;

export const nodeInflater: Inflater = {
  inflateRaw: (data, maxOutputLength) =>
    inflateRawSync(data, { maxOutputLength, chunkSize: Math.min(CHUNK, Math.max(64, maxOutputLength)) }),
  crc32: (bytes, crc) => crc32(bytes, crc),
};
