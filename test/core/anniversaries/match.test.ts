import { builtinDataset } from "../../../src/core/anniversaries/dataset";
import { EventMatcher, mayHoldMention } from "../../../src/core/anniversaries/match";
import { matchTokens } from "../../../src/core/anniversaries/match-tokens";
import type { AnniversaryEvent } from "../../../src/core/anniversaries/types";
import { prng } from "../../fuzz/mutate";
import { seededTexts } from "../../helpers/seeded-texts";

const events: AnniversaryEvent[] = [
  ...builtinDataset.national,
  ...Object.values(builtinDataset.provinces).flatMap((p) => p.events),
];

/** The definition, every variant tried: the events whose every word the phrase holds, the most words winning. */
function reference(phrase: string, date: { day: number; month: number } | null): AnniversaryEvent | null {
  const words = new Set(matchTokens(phrase));
  const onDate = (e: AnniversaryEvent) =>
    date !== null && e.calendar === "solar" && e.day === date.day && e.month === date.month;
  const variants = events.flatMap((event) => [
    ...[event.name, ...(event.aliases ?? [])].map((w) => ({
      event,
      tokens: new Set(matchTokens(w)),
      needsDate: false,
    })),
    ...(event.dateAliases ?? []).map((w) => ({ event, tokens: new Set(matchTokens(w)), needsDate: true })),
  ]);
  let best: { event: AnniversaryEvent; score: number }[] = [];
  for (const v of variants) {
    if (v.tokens.size === 0 || (date !== null ? !onDate(v.event) : v.needsDate)) continue;
    if (![...v.tokens].every((t) => words.has(t))) continue;
    const score = v.tokens.size;
    if (!best.length || score > best[0].score) best = [{ event: v.event, score }];
    else if (score === best[0].score && !best.some((b) => b.event === v.event))
      best.push({ event: v.event, score });
  }
  return best.length === 1 ? best[0].event : null;
}

describe("EventMatcher", () => {
  it("matches seeded phrases (names, aliases and their words mixed, with and without a date) as trying every variant does", () => {
    const matcher = new EventMatcher(events);
    const wordings = events.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.dateAliases ?? [])]);
    const words = wordings.flatMap((w) => w.split(" "));
    const random = prng(45);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
    const differ: string[] = [];
    let matched = 0;
    for (let i = 0; i < 4000; i++) {
      let phrase = random() < 0.7 ? pick(wordings) : "";
      for (let k = Math.floor(random() * 4); k > 0; k--)
        phrase = random() < 0.5 ? `${pick(words)} ${phrase}` : `${phrase} ${pick(words)}`;
      const e = pick(events);
      const r = random();
      const date =
        r < 0.4
          ? null
          : r < 0.8
            ? { day: e.day, month: e.month }
            : { day: 1 + (i % 31), month: 1 + (i % 12) };
      const expected = reference(phrase, date);
      if (matcher.match(phrase, date) !== expected) differ.push(`${phrase} ${JSON.stringify(date)}`);
      if (expected) matched++;
    }
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });
});

describe("mayHoldMention", () => {
  it("answers as /\\d\\s+năm\\s/u on 20,000 seeded texts", () => {
    const pieces = [
      "năm",
      "Năm",
      "nam",
      "2",
      "17",
      "2 năm",
      "17  năm ",
      " ",
      "\u00a0",
      "\t",
      "\n",
      "\u3000",
      "ă",
      ":",
      "𝐀",
    ];
    const differ: string[] = [];
    let held = 0;
    for (const text of seededTexts(47, pieces, 20000, 10)) {
      const expected = /\d\s+năm\s/u.test(text);
      if (mayHoldMention(text) !== expected) differ.push(text);
      if (expected) held++;
    }
    expect(differ).toEqual([]);
    expect(held).toBeGreaterThan(1000);
  });
});
