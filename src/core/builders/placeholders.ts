// The "[…]" placeholders the skeletons leave, found again in a document so the user can step through them.
import type { DocModel } from "../model/types";

export interface PlaceholderSpot {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Every "[…]" in body text, in document order (highlighted or not: a typed "[…]" is unfinished too). */
export function findPlaceholders(model: DocModel): PlaceholderSpot[] {
  const spots: PlaceholderSpot[] = [];
  for (const p of model.paragraphs.slice(0, model.bodyCount)) {
    for (const m of p.text.matchAll(/\[[^[\]\n]{1,120}\]/g)) {
      spots.push({ paragraph: p.index as number, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return spots;
}

/** The first placeholder after a position (wrapping round to the first), or null when none is left. */
export function nextPlaceholder(
  spots: PlaceholderSpot[],
  after: { paragraph: number; offset: number } | null,
): PlaceholderSpot | null {
  if (spots.length === 0) return null;
  if (!after) return spots[0];
  return (
    spots.find(
      (s) => s.paragraph > after.paragraph || (s.paragraph === after.paragraph && s.start >= after.offset),
    ) ?? spots[0]
  );
}
