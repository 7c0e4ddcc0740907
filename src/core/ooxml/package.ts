// What the reader takes from a package, whatever its form (zip or flat OPC): the stories, the small parts as trees,
// and the main document's relationships.
import type { Story } from "./story";
import { childrenNamed, child, type XNode } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part name without the leading slash ("word/header1.xml"); null for external targets. */
  target: string | null;
}

export interface PackageContents {
  source: "docx" | "flat-opc";
  mainPart: string;
  body: Story;
  /** Header, footer, footnote and endnote stories by part name. */
  stories: Map<string, Story>;
  relationships: Relationship[];
  styles: XNode | null;
  numbering: XNode | null;
  theme: XNode | null;
  settings: XNode | null;
  signed: boolean;
  documentXmlBytes: number;
}

/** The relationship type's last segment: "styles", "header", "officeDocument"… */
export const relKind = (rel: Relationship): string => rel.type.slice(rel.type.lastIndexOf("/") + 1);

/** The relationships part of a part: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolve a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function readRelationships(tree: XNode | null, source: string): Relationship[] {
  const root = tree === null ? undefined : child(tree, "rel:Relationships");
  return childrenNamed(root, "rel:Relationship").map((r) => ({
    id: r.attrs["Id"] ?? "",
    type: r.attrs["Type"] ?? "",
    target:
      r.attrs["TargetMode"] === "External" || r.attrs["Target"] === undefined
        ? null
        : resolveTarget(source, r.attrs["Target"]),
  }));
}

/** Story kind for a relationship or content type naming a header, footer or notes part. */
export function storyKindOf(kind: string): "header" | "footer" | "footnote" | "endnote" | null {
  switch (kind) {
    case "header":
      return "header";
    case "footer":
      return "footer";
    case "footnotes":
      return "footnote";
    case "endnotes":
      return "endnote";
    default:
      return null;
  }
}
