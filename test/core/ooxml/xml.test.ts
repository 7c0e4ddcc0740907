import { ChunkDecoder, parseTree } from "../../../src/core/ooxml/xml";

describe("ChunkDecoder", () => {
  const text = "Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập 😀 Tự do";
  const bytes = new TextEncoder().encode(text);

  it.each([1, 2, 3, 5, 7, 16])(
    "decodes UTF-8 split into chunks of %i bytes, whatever the boundaries",
    (size) => {
      const decoder = new ChunkDecoder();
      let out = "";
      for (let at = 0; at < bytes.length; at += size) out += decoder.decode(bytes.subarray(at, at + size));
      out += decoder.flush();
      expect(out).toBe(text);
    },
  );

  it("decodes UTF-16 with a byte-order mark", () => {
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const decoder = new ChunkDecoder();
    expect(decoder.decode(utf16.subarray(0, 9)) + decoder.decode(utf16.subarray(9)) + decoder.flush()).toBe(
      text,
    );
  });
});

describe("parseTree", () => {
  it("renames a default namespace to its conventional prefix, leaving unprefixed attributes alone", () => {
    const root = parseTree(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="a.xml"/></Relationships>',
      "rels",
    );
    const rels = root.children[0];
    expect(rels.name).toBe("rel:Relationships");
    expect(rels.children[0]).toMatchObject({
      name: "rel:Relationship",
      attrs: { Id: "rId1", Target: "a.xml" },
    });
  });
});
