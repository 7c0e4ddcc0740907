// The two-column closing: "Nơi nhận" on the left, level with the first signature line on the right.
import type { BlockParagraph, BlockTable } from "../model/blocks";
import { MM } from "../model/create";
import type { DraftFormat } from "./draft-format";
import { textWidth } from "./draft-format";
import { centred, ph, styled } from "./paragraphs";
import { buildRecipients, type RecipientsOptions } from "./recipients";
import { buildSignature, type SignatureSpec } from "./signature";

/** Nơi nhận takes about 60 mm, the signature the rest (about 100 mm), as in the Phụ lục III forms. */
const CLOSING_LEFT = Math.round(60 * MM);

/** The first line of each column starts 12 pt below the body, so both stay level. */
function spaced(blocks: BlockParagraph[]): BlockParagraph[] {
  return blocks.map((b, i) => (i === 0 ? { ...b, spacingBefore: 12 } : b));
}

export function buildClosing(
  recipients: RecipientsOptions,
  signature: SignatureSpec,
  f: DraftFormat,
): BlockTable {
  const left = CLOSING_LEFT;
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

/** One signer of a pair: title, "(Chữ ký)", space, name to fill. */
function pairSide(title: string, f: DraftFormat): BlockParagraph[] {
  const size = f.signatureSize;
  return spaced([
    centred(styled([title], { bold: true }), size, "signature-title", { keepNext: true }),
    centred(styled(["(Chữ ký)"], { italic: true }), size, "signature-space", {
      spacingAfter: 60,
      keepNext: true,
    }),
    centred([ph("Họ và tên", { bold: true })], size, "signature-name"),
  ]);
}

/**
 * Two signatures side by side, each half the width: THƯ KÝ and CHỦ TỌA, BÊN A and BÊN B; the Nơi nhận, when given,
 * in a second row under the left one (Mẫu 1.9).
 */
export function buildPairClosing(
  left: string,
  right: string,
  f: DraftFormat,
  recipients?: RecipientsOptions,
): BlockTable {
  const half = Math.round(textWidth(f) / 2);
  const rest = textWidth(f) - half;
  const rows = [
    {
      cells: [
        { width: half, blocks: pairSide(left, f) },
        { width: rest, blocks: pairSide(right, f) },
      ],
    },
  ];
  if (recipients)
    rows.push({
      cells: [
        { width: half, blocks: spaced(buildRecipients(recipients, f)) },
        { width: rest, blocks: [centred([], f.signatureSize, undefined)] },
      ],
    });
  return { kind: "table", role: "closing", borders: false, columns: [half, rest], rows };
}
