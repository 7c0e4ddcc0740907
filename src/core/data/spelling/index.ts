// The spelling data set, loaded on first use (see rules/datasets.ts): the syllable lexicon and the confusions.
import { buildLexicon, type Lexicon } from "../../vietnamese/lexicon";
import { CONFUSION_SOURCES, CONFUSIONS, type Confusion, type ConfusionSource } from "./confusions";
import { SYLLABLES } from "./syllables";

export interface SpellingData {
  lexicon: Lexicon;
  confusions: readonly Confusion[];
  sources: Readonly<Record<ConfusionSource, { short: string; full: string }>>;
}

export const spellingData: SpellingData = {
  lexicon: buildLexicon(SYLLABLES),
  confusions: CONFUSIONS,
  sources: CONFUSION_SOURCES,
};
