// Zip reading with limits: sizes come from the central directory and are enforced again while inflating,
// so a package that lies about its sizes stops as soon as it produces more than it declared.
import { Inflate, strFromU8 } from "fflate";
import { VanThuError } from "../errors";
import { LIMITS } from "../limits";
import { Crc32, type NativeCrc32 } from "./crc32";
import {
  checksumMismatch,
  corruptPart,
  notZip,
  packageTooLarge,
  partTooLarge,
  unsupportedZip,
} from "./errors";

export const PART_LIMIT = LIMITS.partBytes;
export const PACKAGE_LIMIT = LIMITS.packageBytes;

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** CRC-32 of the uncompressed bytes, from the central directory. */
  crc: number;
}

/**
 * Native zip helpers a host may lend the reader: the CLI passes node:zlib's (src/host/docx/node-inflater.ts), which
 * inflate and checksum several times faster than fflate and the CRC tables; the pane has none and keeps fflate.
 */
export interface Inflater {
  /**
   * Raw deflate data inflated whole. Throws when the data is damaged or truncated, or would inflate to more than
   * `maxOutputLength` bytes (the size the zip directory declares, itself within the part limit).
   */
  inflateRaw(data: Uint8Array, maxOutputLength: number): Uint8Array;
  crc32: NativeCrc32;
}

export interface ZipLimits {
  part: number;
  package: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
const INFLATE_SLICE = 1 << 18;
const MAX_DEFLATE_RATIO = 1100;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Part names are case-insensitive in OPC: entries by lower-cased name, for packages that differ in case. */
  private readonly folded = new Map<string, ZipEntry>();
  /** Sum of the declared uncompressed sizes. */
  readonly totalSize: number;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits = { part: PART_LIMIT, package: PACKAGE_LIMIT },
    private readonly inflater?: Inflater,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let total = 0;
    for (const entry of this.readCentralDirectory()) {
      if (entry.size > limits.part) throw partTooLarge(entry.name);
      total += entry.size;
      if (total > limits.package) throw packageTooLarge();
      this.entries.set(entry.name, entry);
      this.folded.set(entry.name.toLowerCase(), entry);
    }
    this.totalSize = total;
  }

  /** Whether the package has the entry (names compared as OPC does, ignoring case). */
  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The uncompressed bytes of one entry, or null when the package has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entry(name);
    if (entry === undefined) return null;
    // Allocated at the first chunk, once the entry's declared size has passed the checks in stream().
    let out: Uint8Array | null = null;
    let filled = 0;
    this.stream(entry, (chunk) => {
      out ??= new Uint8Array(entry.size);
      out.set(chunk, filled);
      filled += chunk.length;
    });
    return out ?? new Uint8Array(0);
  }

  /**
   * Inflate one entry chunk by chunk into `onChunk`, so a large part is never held whole; false when there is no
   * such entry. More output than the directory declared, or less, means a corrupt or hostile entry.
   */
  readChunks(name: string, onChunk: (chunk: Uint8Array, done: number, total: number) => void): boolean {
    const entry = this.entry(name);
    if (entry === undefined) return false;
    this.stream(entry, onChunk);
    return true;
  }

  private stream(entry: ZipEntry, onChunk: (chunk: Uint8Array, done: number, total: number) => void): void {
    const name = entry.name;
    if (entry.flags & 1) throw unsupportedZip(name);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.u32(at) !== LOCAL) throw corruptPart(name);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw corruptPart(name);
    const data = this.bytes.subarray(start, end);
    const crc = new Crc32(this.inflater?.crc32);
    if (entry.method === 0) {
      if (data.length !== entry.size) throw corruptPart(name);
      crc.update(data);
      if (crc.value() !== entry.crc) throw checksumMismatch(name);
      for (let i = 0; i < data.length; i += INFLATE_SLICE) {
        const slice = data.subarray(i, Math.min(i + INFLATE_SLICE, data.length));
        onChunk(slice, i + slice.length, entry.size);
      }
      return;
    }
    if (entry.method !== 8) throw unsupportedZip(name);
    // Deflate expands at most about 1032 times: a larger declared size is a lie, refused before any allocation.
    if (entry.size > data.length * MAX_DEFLATE_RATIO + 1024) throw corruptPart(name);
    if (this.inflater !== undefined) return this.streamInflated(entry, this.inflater, data, crc, onChunk);
    let filled = 0;
    const inflater = new Inflate((chunk) => {
      if (filled + chunk.length > entry.size) throw new Overflow();
      filled += chunk.length;
      crc.update(chunk);
      onChunk(chunk, filled, entry.size);
    });
    // Push slices that inflate to about a megabyte: a highly compressed part (a million empty paragraphs in 170 KB)
    // would otherwise come out whole in one chunk, and the consumer could not stop it early.
    const slice = Math.max(
      1024,
      Math.min(INFLATE_SLICE, Math.floor((data.length * (1 << 20)) / (entry.size || 1))),
    );
    try {
      for (let i = 0; i < data.length; i += slice) {
        const stop = Math.min(i + slice, data.length);
        inflater.push(data.subarray(i, stop), stop === data.length);
      }
      if (data.length === 0) inflater.push(data, true);
    } catch (error) {
      // The consumer's refusals (malformed XML…) pass through; anything else means corrupt or lying data.
      if (error instanceof VanThuError) throw error;
      throw corruptPart(name);
    }
    if (filled !== entry.size) throw corruptPart(name);
    if (crc.value() !== entry.crc) throw checksumMismatch(name);
  }

  /**
   * The host's inflater: the part comes out whole (at most its declared size, so a lying entry is refused as with
   * fflate) and goes to the consumer in slices, which decodes and parses each as with fflate's chunks.
   */
  private streamInflated(
    entry: ZipEntry,
    inflater: Inflater,
    data: Uint8Array,
    crc: Crc32,
    onChunk: (chunk: Uint8Array, done: number, total: number) => void,
  ): void {
    let out: Uint8Array;
    try {
      // zlib wants a positive limit; an empty part that inflates to one byte is caught by the length test.
      out = inflater.inflateRaw(data, Math.max(1, entry.size));
    } catch {
      throw corruptPart(entry.name);
    }
    if (out.length !== entry.size) throw corruptPart(entry.name);
    crc.update(out);
    for (let i = 0; i < out.length; i += INFLATE_SLICE) {
      const slice = out.subarray(i, Math.min(i + INFLATE_SLICE, out.length));
      onChunk(slice, i + slice.length, entry.size);
    }
    if (crc.value() !== entry.crc) throw checksumMismatch(entry.name);
  }

  private entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(name.toLowerCase());
  }

  private *readCentralDirectory(): Generator<ZipEntry> {
    const eocd = this.findEocd();
    let count = this.u16(eocd + 10);
    let offset = this.u32(eocd + 16);
    if ((count === 0xffff || offset === MAX32) && eocd >= 20 && this.u32(eocd - 20) === ZIP64_LOCATOR) {
      const z = this.u64(eocd - 12);
      if (z + 56 > this.bytes.length || this.u32(z) !== ZIP64_EOCD) throw notZip();
      count = this.u64(z + 32);
      offset = this.u64(z + 48);
    }
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.u32(at) !== CENTRAL) throw notZip();
      const flags = this.u16(at + 8);
      const method = this.u16(at + 10);
      const crc = this.u32(at + 16);
      let compressedSize = this.u32(at + 20);
      let size = this.u32(at + 24);
      const nameLength = this.u16(at + 28);
      const extraLength = this.u16(at + 30);
      const commentLength = this.u16(at + 32);
      let localOffset = this.u32(at + 42);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd + extraLength > this.bytes.length) throw notZip();
      // Some tools write Windows separators into entry names.
      const name = strFromU8(this.bytes.subarray(at + 46, nameEnd))
        .split("\\")
        .join("/");
      if (size === MAX32 || compressedSize === MAX32 || localOffset === MAX32) {
        // Zip64 extra field: the 8-byte values appear in this order, only for the fields set to 0xFFFFFFFF.
        for (let e = nameEnd; e + 4 <= nameEnd + extraLength;) {
          const id = this.u16(e);
          const length = this.u16(e + 2);
          if (id === 1) {
            let p = e + 4;
            if (size === MAX32) {
              size = this.u64(p);
              p += 8;
            }
            if (compressedSize === MAX32) {
              compressedSize = this.u64(p);
              p += 8;
            }
            if (localOffset === MAX32) localOffset = this.u64(p);
            break;
          }
          e += 4 + length;
        }
      }
      if (!name.endsWith("/")) yield { name, flags, method, compressedSize, size, localOffset, crc };
      at = nameEnd + extraLength + commentLength;
    }
  }

  private findEocd(): number {
    const min = Math.max(0, this.bytes.length - 22 - 0xffff);
    for (let at = this.bytes.length - 22; at >= min; at--) {
      if (this.bytes[at] === 0x50 && this.u32(at) === EOCD) return at;
    }
    throw notZip();
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  private u64(at: number): number {
    return this.view.getUint32(at, true) + this.view.getUint32(at + 4, true) * 2 ** 32;
  }
}

class Overflow extends Error {}
