// The body content of a document or fragment: blocks in order, paragraphs and tables.
import type { Block } from "../../model/blocks";
import type { WriteContext } from "./context";
import { paragraphXml } from "./paragraph";
import { tableXml } from "./table";

export function blocksXml(blocks: Block[], ctx: WriteContext, textWidth: number): string {
  return blocks
    .map((b) => (b.kind === "table" ? tableXml(b, ctx) : paragraphXml(b, ctx, textWidth)))
    .join("");
}
