// Text hygiene rules (text-* except text-anniversary) and font-legacy-encoding, in catalogue order.
import { fontLegacyEncoding } from "./font-legacy-encoding";
import { textAbbreviation } from "./text-abbreviation";
import { textBrackets } from "./text-brackets";
import { textCapitalization } from "./text-capitalization";
import { textProperNames } from "./text-proper-names";
import { textRepeated } from "./text-repeated";
import { textSpacing } from "./text-spacing";
import { textSpelling } from "./text-spelling";
import { textToneStyle } from "./text-tone-style";
import { textUnicode } from "./text-unicode";
import type { Rule } from "./types";

export const textRules: Rule[] = [
  fontLegacyEncoding,
  textSpacing,
  textBrackets,
  textRepeated,
  textCapitalization,
  textToneStyle,
  textUnicode,
  textAbbreviation,
  textSpelling,
  textProperNames,
];
