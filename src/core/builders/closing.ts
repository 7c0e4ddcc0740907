// The two-column closing: "Nơi nhận" on the left, level with the first signature line on the right.
import type { BlockParagraph, BlockTable } from "../model/blocks";
import type { DraftFormat } from "./draft-format";
import { textWidth } from "./draft-format";
import { HEADER_LEFT } from "./header";
import { buildRecipients, type RecipientsOptions } from "./recipients";
import { buildSignature, type SignatureSpec } from "./signature";

/** The first line of each column starts 12 pt below the body, so both stay level. */
function spaced(blocks: BlockParagraph[]): BlockParagraph[] {
  return blocks.map((b, i) => (i === 0 ? { ...b, spacingBefore: 12 } : b));
}

export function buildClosing(
  recipients: RecipientsOptions,
  signature: SignatureSpec,
  f: DraftFormat,
): BlockTable {
  const left = HEADER_LEFT + 567;
  const right = textWidth(f) - left;
  return {
    kind: "table",
    role: "closing",
    borders: false,
    columns: [left, right],
    rows: [
      {
        cells: [
          { width: left, blocks: spaced(buildRecipients(recipients, f)) },
          { width: right, blocks: spaced(buildSignature(signature, f)) },
        ],
      },
    ],
  };
}
