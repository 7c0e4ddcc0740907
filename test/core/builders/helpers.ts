// Flatten builder output to paragraphs (table cells included, in document order) for assertions.
import type { Block, BlockParagraph } from "../../../src/core/model/blocks";
import { sampleOrgProfile } from "../../../src/core/org/defaults";
import { parseOrgProfile } from "../../../src/core/org/profile-json";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function paragraphsOf(blocks: Block[]): BlockParagraph[] {
  return blocks.flatMap((b) =>
    b.kind === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.blocks)),
  );
}

export const textOf = (p: BlockParagraph): string => p.runs.map((r) => r.text).join("");

export function byRole(blocks: Block[], role: BlockParagraph["role"]): BlockParagraph[] {
  return paragraphsOf(blocks).filter((p) => p.role === role);
}

export const officeProfile = () =>
  parseOrgProfile(readFileSync(join(__dirname, "../../../examples/office.json"), "utf8"));

export { sampleOrgProfile };
