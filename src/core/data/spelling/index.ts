// The spelling data set, loaded on first use (see rules/datasets.ts): the syllable lexicon and the confusions.
import { buildLexicon, type Lexicon } from "../../vietnamese/lexicon";
import { CONFUSIONS, type Confusion } from "./confusions";
import { SYLLABLES } from "./syllables";

export interface SpellingData {
  lexicon: Lexicon;
  confusions: readonly Confusion[];
}

export const spellingData: SpellingData = { lexicon: buildLexicon(SYLLABLES), confusions: CONFUSIONS };
