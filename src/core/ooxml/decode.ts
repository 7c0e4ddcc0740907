// A part's bytes to text: UTF-8 unless a UTF-16 byte-order mark says otherwise. TextDecoder only where there is one:
// the old Edge webview (EdgeHTML 18, in some Office 2016/2019 builds) has none, and there isValidUtf8 and fflate's
// strFromU8 (its own UTF-8 decoder) do the work; UTF-16 parts are rare and small enough to decode by hand.
// Text that is not what it claims (invalid UTF-8, a byte-order mark twice) is refused rather than read as U+FFFD
// and copied out by fix.
import { strFromU8 } from "fflate";
import { doubledBom, invalidText } from "./errors";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const BOM = "\uFEFF";
/** Code units per String.fromCharCode call: well under every engine's argument limit. */
const UNITS_PER_CALL = 8192;
/**
 * Bytes decoded into one string by `ChunkDecoder.decodeInto`. V8 makes and reads strings of non-ASCII text past
 * about 100 KB several times slower: 6 MB of document.xml decodes in 10 ms in 64 KB pieces, in 50 ms in 1 MB ones.
 */
const PIECE = 1 << 16;

function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** The text without its byte-order mark; a second mark is refused. */
function withoutBom(text: string, part: string): string {
  const rest = text.startsWith(BOM) ? text.slice(1) : text;
  if (rest.startsWith(BOM)) throw doubledBom(part);
  return rest;
}

/** Well-formed UTF-8: no stray continuation byte, overlong form, surrogate or code point past U+10FFFF. */
export function isValidUtf8(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > n) return false;
    const c1 = b[i + 1];
    if ((c1 & 0xc0) !== 0x80) return false;
    if (length > 2 && (b[i + 2] & 0xc0) !== 0x80) return false;
    if (length > 3 && (b[i + 3] & 0xc0) !== 0x80) return false;
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return false;
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return false;
    i += length;
  }
  return true;
}

/**
 * Where the engine has TextDecoder, one that refuses what isValidUtf8 refuses (the WHATWG decoder's errors are the
 * same ill-formed sequences) and checks natively: the hand check was a tenth of reading the 1,000-page plan. It drops
 * a leading byte-order mark as strFromU8's decoder does.
 */
const FATAL = typeof TextDecoder === "undefined" ? null : new TextDecoder("utf-8", { fatal: true });

function utf8(bytes: Uint8Array, part: string): string {
  if (FATAL !== null) {
    try {
      return FATAL.decode(bytes);
    } catch {
      throw invalidText(part);
    }
  }
  if (!isValidUtf8(bytes)) throw invalidText(part);
  return strFromU8(bytes);
}

/** TextDecoder (inside strFromU8) drops a leading mark itself, so a doubled one is looked for in the bytes. */
function refuseDoubledUtf8Bom(bytes: Uint8Array, part: string): void {
  const MARK = [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf];
  if (bytes.length >= MARK.length && MARK.every((b, i) => bytes[i] === b)) throw doubledBom(part);
}

/** UTF-16 code units of an even number of bytes. */
function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Uint16Array(Math.min(UNITS_PER_CALL, bytes.length >> 1));
  let out = "";
  for (let at = 0; at + 1 < bytes.length;) {
    let n = 0;
    for (; n < units.length && at + 1 < bytes.length; n++, at += 2)
      units[n] = littleEndian ? bytes[at] | (bytes[at + 1] << 8) : (bytes[at] << 8) | bytes[at + 1];
    out += String.fromCharCode.apply(null, Array.from(units.subarray(0, n)));
  }
  return out;
}

/** Decode a whole part (`part` names it in a refusal). */
export function decodeText(bytes: Uint8Array, part = "word/document.xml"): string {
  const encoding = encodingOf(bytes);
  if (encoding === "utf-8") {
    refuseDoubledUtf8Bom(bytes, part);
    return withoutBom(utf8(bytes, part), part);
  }
  return withoutBom(
    utf16(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes, encoding === "utf-16le"),
    part,
  );
}

/** Length of the longest prefix of `bytes` that ends on a UTF-8 character boundary. */
function completeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  // Look back over at most three continuation bytes for the lead byte of the last character.
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue;
    const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length <= n ? n : i;
  }
  return n;
}

/**
 * A decoder for a part's bytes arriving in chunks. Each chunk is decoded up to its last complete character (a
 * UTF-8 character or a UTF-16 code unit), the rest carried over to the next.
 */
export class ChunkDecoder {
  private encoding: Encoding | null = null;
  private carry: Uint8Array | null = null;

  constructor(private readonly part = "word/document.xml") {}

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.carry !== null) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = null;
    }
    const first = this.encoding === null;
    if (first) {
      if (bytes.length < 2) {
        this.carry = bytes.slice();
        return "";
      }
      this.encoding = encodingOf(bytes);
      if (this.encoding === "utf-8") refuseDoubledUtf8Bom(bytes, this.part);
    }
    const end = this.encoding === "utf-8" ? completeUtf8(bytes) : bytes.length - (bytes.length % 2);
    if (end < bytes.length) this.carry = bytes.slice(end);
    const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
    const text =
      this.encoding === "utf-8" ? utf8(complete, this.part) : utf16(complete, this.encoding === "utf-16le");
    return first ? withoutBom(text, this.part) : text;
  }

  /** `decode` in pieces of at most 64 KB of bytes, each handed to `write` as it is made. */
  decodeInto(chunk: Uint8Array, write: (text: string) => void): void {
    for (let at = 0; at < chunk.length; at += PIECE) write(this.decode(chunk.subarray(at, at + PIECE)));
  }

  /** The end of the part: bytes that never completed a character are refused. */
  flush(): string {
    const rest = this.carry;
    this.carry = null;
    if (rest === null || rest.length === 0) return "";
    if (this.encoding === null) return decodeText(rest, this.part);
    throw invalidText(this.part);
  }
}
