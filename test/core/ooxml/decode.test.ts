import { strFromU8 } from "fflate";
import { ChunkDecoder, decodeText, isValidUtf8 } from "../../../src/core/ooxml/decode";
import { prng } from "../../fuzz/mutate";

const text = "Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập 😀 Tự do";
const utf8 = new TextEncoder().encode(text);

function utf16(littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(littleEndian ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

function inChunks(decoder: ChunkDecoder, bytes: Uint8Array, size: number): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += size) out += decoder.decode(bytes.subarray(at, at + size));
  return out + decoder.flush();
}

describe("ChunkDecoder", () => {
  it("hands a large chunk over in pieces that join into its text, characters whole", () => {
    // 3-byte and 4-byte characters fall across every 64 KB boundary somewhere in 300 KB.
    const long = text.repeat(5000);
    const decoder = new ChunkDecoder();
    const pieces: string[] = [];
    decoder.decodeInto(new TextEncoder().encode(long), (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(4);
    expect(pieces.join("") + decoder.flush()).toBe(long);
  });

  it.each([1, 2, 3, 5, 7, 16])(
    "decodes UTF-8 split into chunks of %i bytes, whatever the boundaries",
    (size) => {
      expect(inChunks(new ChunkDecoder(), utf8, size)).toBe(text);
    },
  );

  it.each([1, 3, 9])("decodes UTF-16 (both byte orders) in chunks of %i bytes, dropping the mark", (size) => {
    expect(inChunks(new ChunkDecoder(), utf16(true), size)).toBe(text);
    expect(inChunks(new ChunkDecoder(), utf16(false), size)).toBe(text);
  });

  it("drops a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(inChunks(new ChunkDecoder(), bytes, 4)).toBe(text);
  });

  it("refuses a part ending in a truncated character rather than reading U+FFFD", () => {
    const bytes = new Uint8Array([...utf8, 0xe1, 0xbb]);
    expect(() => inChunks(new ChunkDecoder("word/document.xml"), bytes, 4)).toThrow(/UTF-8/);
  });
});

describe("decodeText", () => {
  it("reads UTF-8 and both UTF-16 byte orders", () => {
    expect(decodeText(utf8)).toBe(text);
    expect(decodeText(utf16(true))).toBe(text);
    expect(decodeText(utf16(false))).toBe(text);
  });

  it("decodes the same without TextDecoder, as in the old Edge webview", () => {
    const saved = globalThis.TextDecoder;
    // fflate looks for TextDecoder when it loads: load it and the decoder afresh while it is gone.
    Reflect.deleteProperty(globalThis, "TextDecoder");
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh: typeof import("../../../src/core/ooxml/decode") = require("../../../src/core/ooxml/decode");
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fflate = require("fflate") as typeof import("fflate");
        // Only fflate's own decoder throws on a cut-off character: proof that this is the path being tested.
        expect(() => fflate.strFromU8(new Uint8Array([0xe1]))).toThrow();
        expect(fresh.decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
        expect(inChunks(new fresh.ChunkDecoder(), utf8, 3)).toBe(text);
      });
    } finally {
      globalThis.TextDecoder = saved;
    }
  });

  it("refuses exactly the bytes the hand check refuses, and reads the rest as strFromU8 does", () => {
    const random = prng(14);
    // Well-formed characters of every length, and the ill-formed sequences a decoder must refuse: stray continuation
    // bytes, overlong forms, surrogates, code points past U+10FFFF, bytes that never appear, cut-off characters.
    const pieces = [
      [0x3c],
      [0x61],
      [0xc3, 0xa1],
      [0xe1, 0xbb, 0x87],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xef, 0xbb, 0xbf],
      [0x80],
      [0xbf],
      [0xc0, 0xaf],
      [0xc1, 0xbf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf],
      [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf5],
      [0xff],
      [0xe1, 0xbb],
      [0xf0, 0x9f],
      [0xc3],
    ];
    let refused = 0;
    for (let n = 0; n < 20_000; n++) {
      const bytes = [0x3c];
      for (let k = Math.floor(random() * 8); k >= 0; k--)
        bytes.push(...pieces[Math.floor(random() * (random() < 0.7 ? 6 : pieces.length))]);
      const data = new Uint8Array(bytes);
      const expected = isValidUtf8(data) ? strFromU8(data) : "refused";
      let actual: string;
      try {
        actual = decodeText(data);
      } catch {
        actual = "refused";
      }
      if (expected === "refused") refused++;
      expect([bytes, actual]).toEqual([bytes, expected]);
    }
    expect(refused).toBeGreaterThan(2000);
    expect(refused).toBeLessThan(18_000);
  });
});
