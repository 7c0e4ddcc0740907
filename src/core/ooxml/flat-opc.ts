// Flat OPC (<pkg:package> with <pkg:part><pkg:xmlData>…): one streaming pass, each part's events routed to the reader
// that wants them — stories to StoryReader, small parts to a tree, the rest skipped.
import { missingDocument } from "./errors";
import { readRelationships, relsPartOf, storyKindOf, type PackageContents } from "./package";
import { StoryReader, type Story } from "./story";
import { parseXml, TreeBuilder, type Attrs, type XmlSink, type XNode } from "./xml";

/** What a part is, from the last segment of its content type ("…wordprocessingml.styles+xml" → "styles"). */
function partKind(contentType: string): string | null {
  if (!contentType.endsWith("+xml")) return null;
  const kind = contentType.slice(contentType.lastIndexOf(".") + 1, -4);
  if (kind === "main") return contentType.includes("wordprocessingml") ? "main" : null;
  return kind === "relationships" ? "rels" : kind;
}

class PackageRouter implements XmlSink {
  readonly stories = new Map<string, Story>();
  readonly trees = new Map<string, XNode>();
  readonly names: string[] = [];
  main: Story | null = null;
  private sink: XmlSink | null = null;
  private partName = "";
  private partType = "";
  private depth = 0;

  open(name: string, attrs: Attrs): void {
    if (this.depth > 0) {
      this.depth++;
      this.sink?.open(name, attrs);
      return;
    }
    if (name === "pkg:part") {
      const partName = attrs["pkg:name"] ?? "";
      this.partName = partName.startsWith("/") ? partName.slice(1) : partName;
      this.partType = attrs["pkg:contentType"] ?? "";
      this.names.push(this.partName);
    } else if (name === "pkg:xmlData") {
      this.depth = 1;
      this.sink = this.sinkFor(this.partName, this.partType);
    }
  }

  close(name: string): void {
    if (this.depth > 0) {
      this.depth--;
      if (this.depth > 0) this.sink?.close(name);
      else this.sink = null;
    }
  }

  text(text: string): void {
    if (this.depth > 0) this.sink?.text(text);
  }

  private sinkFor(part: string, contentType: string): XmlSink | null {
    const kind = partKind(contentType);
    if (kind === "main") {
      const reader = new StoryReader(part, "body");
      this.main = reader.story;
      return reader;
    }
    const storyKind = kind === null ? null : storyKindOf(kind);
    if (storyKind !== null) {
      const reader = new StoryReader(part, storyKind);
      this.stories.set(part, reader.story);
      return reader;
    }
    if (
      kind === "rels" ||
      kind === "styles" ||
      kind === "numbering" ||
      kind === "theme" ||
      kind === "settings"
    ) {
      const builder = new TreeBuilder();
      this.trees.set(part, builder.root);
      return builder;
    }
    return null;
  }
}

export function readFlatOpcPackage(
  xml: string,
  onProgress?: (done: number, total: number) => void,
): PackageContents {
  const router = new PackageRouter();
  parseXml(xml, router, "pkg:package", onProgress);
  const body = router.main;
  if (body === null) throw missingDocument();
  const relationships = readRelationships(router.trees.get(relsPartOf(body.part)) ?? null, body.part);
  const byType = (kind: string): XNode | null => {
    const rel = relationships.find((r) => r.type.endsWith(`/${kind}`) && r.target !== null);
    return (rel && router.trees.get(rel.target!)) ?? null;
  };
  return {
    source: "flat-opc",
    mainPart: body.part,
    body,
    stories: router.stories,
    relationships,
    styles: byType("styles"),
    numbering: byType("numbering"),
    theme: byType("theme"),
    settings: byType("settings"),
    signed: router.names.some((n) => n.startsWith("_xmlsignatures/")),
    documentXmlBytes: 0,
  };
}
