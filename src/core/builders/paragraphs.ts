// Small constructors for the paragraphs builders produce: body text, centred lines, placeholders.
import type { BlockParagraph, BlockRun, ElementRole } from "../model/blocks";

/** First-line indent of body text: 1.27 cm (NĐ 30/2020, Phụ lục I, mục II.6e allows 1 cm or 1.27 cm). */
export const FIRST_LINE = 720;

/** A placeholder the user fills, shown as "[…]" and highlighted. */
export function ph(text: string, format?: Omit<BlockRun, "text" | "placeholder">): BlockRun {
  return { text: `[${text}]`, placeholder: true, ...format };
}

export function txt(text: string, format?: Omit<BlockRun, "text">): BlockRun {
  return { text, ...format };
}

type Part = string | BlockRun;
const toRuns = (parts: Part[]): BlockRun[] => parts.map((p) => (typeof p === "string" ? { text: p } : p));

/** A body paragraph: justified, first-line indent, 6 pt after, single spacing. */
export function bodyParagraph(parts: Part[], size: number, role: ElementRole = "body"): BlockParagraph {
  return {
    kind: "paragraph",
    role,
    runs: toRuns(parts),
    size,
    align: "both",
    indent: { firstLine: FIRST_LINE },
    spacingAfter: 6,
    lineSpacing: 1,
  };
}

export function centred(
  parts: Part[],
  size: number,
  role: ElementRole | undefined,
  extra?: Partial<Omit<BlockParagraph, "kind" | "runs">>,
): BlockParagraph {
  return { kind: "paragraph", role, runs: toRuns(parts), size, align: "center", lineSpacing: 1, ...extra };
}

/** Text with "…" blanks (a number, a day) as runs, each blank a placeholder the user fills: "[…]". */
export function withBlanks(text: string): Part[] {
  return text
    .split("…")
    .flatMap((piece, i) => (i === 0 ? [piece] : [ph("…"), piece]))
    .filter((p) => p !== "");
}

/** Every run of the parts in bold (or with other formatting) — for lines set wholly in one style. */
export function styled(parts: Part[], format: Omit<BlockRun, "text">): BlockRun[] {
  return toRuns(parts).map((r) => ({ ...format, ...r }));
}
