import { isWhiteSpace } from "../../../src/core/text/white-space";

describe("isWhiteSpace", () => {
  it("answers as /\\s/ for every UTF-16 code unit", () => {
    const differ: number[] = [];
    let white = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const expected = /\s/.test(String.fromCharCode(c));
      if (isWhiteSpace(c) !== expected) differ.push(c);
      if (expected) white++;
    }
    expect(differ).toEqual([]);
    expect(white).toBe(25);
  });
});
