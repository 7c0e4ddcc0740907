import { CONFUSIONS } from "../../../src/core/data/spelling/confusions";
import {
  confusionKey,
  findConfusions,
  indexConfusions,
  mayHoldConfusion,
} from "../../../src/core/vietnamese/spelling";
import { scanWords, tokenize, Vocabulary } from "../../../src/core/vietnamese/words";
import { seededTexts } from "../../helpers/seeded-texts";

// text-spelling makes tokens only for paragraphs where mayHoldConfusion (or a judged word) says there can be
// something: it must never be false where findConfusions finds a confusion.
describe("mayHoldConfusion", () => {
  const index = indexConfusions(CONFUSIONS);
  const pieces = [
    ...CONFUSIONS.slice(0, 40).flatMap((c) => [
      c.wrong,
      ...(c.before ?? []),
      ...(c.after ?? []),
      ...(c.notAfter ?? []),
    ]),
    ...CONFUSIONS.slice(0, 10).map((c) => c.wrong.toUpperCase()),
    " ",
    "  ",
    ", ",
    "công",
    "thực",
    "Nhà",
  ];

  it("is true wherever findConfusions finds one, on seeded texts sharing a vocabulary", () => {
    const vocabulary = new Vocabulary();
    let found = 0;
    let may = 0;
    for (const text of seededTexts(30, pieces, 4000, 8)) {
      const hit = findConfusions(tokenize(text), index, confusionKey).length > 0;
      const maybe = mayHoldConfusion(text, scanWords(text, vocabulary), vocabulary, index);
      if (hit) expect([text, maybe]).toEqual([text, true]);
      found += hit ? 1 : 0;
      may += maybe ? 1 : 0;
    }
    expect(found).toBeGreaterThan(100);
    expect(may).toBeGreaterThan(found);
    expect(may).toBeLessThan(4000);
  });
});
