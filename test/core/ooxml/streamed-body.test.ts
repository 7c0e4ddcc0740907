// A .docx's body paragraphs are resolved as document.xml is read (ModelBuilder.body); a flat OPC package keeps its
// body whole and resolves it at the end. Both must give the same model: every real document is read both ways.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { readDocx, readFlatOpc } from "../../../src/core/ooxml/read";

const SOURCES = [
  join(__dirname, "../../fixtures/real"),
  join(__dirname, "../../../assets/sample"),
  "/work/shared/corpus/external",
];

const files = SOURCES.filter(existsSync).flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join(dir, f)),
);

/** The package's XML parts as a flat OPC package, content types from [Content_Types].xml. */
function toFlatOpc(bytes: Uint8Array): string {
  const zip = unzipSync(bytes);
  const types = strFromU8(zip["[Content_Types].xml"]);
  const attr = (tag: string, name: string): string => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? "";
  const tags = (element: string): string[] => types.match(new RegExp(`<${element}\\s[^>]*>`, "g")) ?? [];
  const byName = new Map(
    tags("Override").map((t) => [
      attr(t, "PartName").replace(/^\//, "").toLowerCase(),
      attr(t, "ContentType"),
    ]),
  );
  const byExtension = new Map(
    tags("Default").map((t) => [attr(t, "Extension").toLowerCase(), attr(t, "ContentType")]),
  );
  const parts: string[] = [];
  for (const [name, data] of Object.entries(zip)) {
    const type = byName.get(name.toLowerCase()) ?? byExtension.get(name.slice(name.lastIndexOf(".") + 1));
    if (type === undefined || !type.endsWith("xml") || name === "[Content_Types].xml") continue;
    const xml = strFromU8(data)
      .replace(/^\uFEFF/, "")
      .replace(/^<\?xml[^>]*\?>/, "");
    parts.push(
      `<pkg:part pkg:name="/${name}" pkg:contentType="${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`,
    );
  }
  return `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts.join("")}</pkg:package>`;
}

describe("body resolved while read", () => {
  it("finds the real documents", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("gives the model of the body kept whole: %s", (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const streamed = readDocx(bytes);
    const whole = readFlatOpc(toFlatOpc(bytes));
    expect(streamed.paragraphs.length).toBeGreaterThan(0);
    expect(JSON.stringify({ ...whole, meta: null })).toBe(JSON.stringify({ ...streamed, meta: null }));
  });
});
