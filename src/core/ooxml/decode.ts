// A part's bytes to text: UTF-8 unless a UTF-16 byte-order mark says otherwise. No TextDecoder here: the old Edge
// webview (EdgeHTML 18, in some Office 2016/2019 builds) has none. fflate's strFromU8 uses TextDecoder where there
// is one and its own UTF-8 decoder where there is not; UTF-16 parts are rare and small enough to decode by hand.
import { strFromU8 } from "fflate";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

const BOM = "\uFEFF";
/** Code units per String.fromCharCode call: well under every engine's argument limit. */
const UNITS_PER_CALL = 8192;

function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

const withoutBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

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

/** Decode a whole part. */
export function decodeText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  if (encoding === "utf-8") return withoutBom(strFromU8(bytes));
  return withoutBom(
    utf16(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes, encoding === "utf-16le"),
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
    }
    const end = this.encoding === "utf-8" ? completeUtf8(bytes) : bytes.length - (bytes.length % 2);
    if (end < bytes.length) this.carry = bytes.slice(end);
    const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
    const text =
      this.encoding === "utf-8" ? strFromU8(complete) : utf16(complete, this.encoding === "utf-16le");
    return first ? withoutBom(text) : text;
  }

  /** The end of the part: bytes that never completed a character become U+FFFD, as TextDecoder would. */
  flush(): string {
    const rest = this.carry;
    this.carry = null;
    if (rest === null || rest.length === 0) return "";
    return this.encoding === null ? decodeText(rest) : "\uFFFD";
  }
}
