import { parseTree } from "../../../src/core/ooxml/xml";

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
