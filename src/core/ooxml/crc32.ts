// CRC-32 (the zip polynomial, 0xEDB88320 reflected), computed chunk by chunk as a part inflates: a part whose bytes
// do not match the checksum its zip entry records is damaged and is not read.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** Running CRC-32: `update` with each chunk in order, then `value`. */
export class Crc32 {
  private c = -1;

  update(bytes: Uint8Array): void {
    let c = this.c;
    for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    this.c = c;
  }

  /** The checksum as an unsigned 32-bit number, as zip headers store it. */
  value(): number {
    return ~this.c >>> 0;
  }
}
