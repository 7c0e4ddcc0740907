// Seeded texts for equivalence tests: each joins up to `most` pieces drawn from a list, the same every run.
import { prng } from "../fuzz/mutate";

export function seededTexts(seed: number, pieces: readonly string[], count: number, most: number): string[] {
  const random = prng(seed);
  const pick = () => pieces[Math.floor(random() * pieces.length)];
  return Array.from({ length: count }, () => {
    let text = "";
    for (let k = Math.floor(random() * most); k >= 0; k--) text += pick();
    return text;
  });
}
