import { Crc32 } from "../../../src/core/ooxml/crc32";

const crcOf = (bytes: Uint8Array, step: number): number => {
  const crc = new Crc32();
  for (let at = 0; at < bytes.length; at += step) crc.update(bytes.subarray(at, at + step));
  return crc.value();
};

describe("Crc32", () => {
  it("gives the zip checksum, whatever the chunks and their alignment", () => {
    expect(crcOf(new TextEncoder().encode("123456789"), 9)).toBe(0xcbf43926);
    expect(crcOf(new Uint8Array(0), 1)).toBe(0);
    const bytes = Uint8Array.from({ length: 203 }, (_, i) => (i * 37 + (i >> 3)) & 0xff);
    const whole = crcOf(bytes, bytes.length);
    for (const step of [1, 2, 3, 4, 5, 7, 8, 64]) expect(crcOf(bytes, step)).toBe(whole);
    expect(whole).toBe(crcOf(bytes, 1));
  });
});
