// Layout rules of the catalogue (page-*, font-family, font-color, header elements, body-*, heading-*, recipients, signature).
import { fontColor } from "./font-color";
import { fontFamily } from "./font-family";
import { pageMargins } from "./page-margins";
import { pageNumber } from "./page-number";
import { pageSize } from "./page-size";
import { agencyName } from "./agency-name";
import { bodyAlignment } from "./body-alignment";
import { bodyFontSize } from "./body-font-size";
import { bodyIndent } from "./body-indent";
import { bodySpacing } from "./body-spacing";
import { docNumber } from "./doc-number";
import { docTitle } from "./doc-title";
import { headingSequence } from "./heading-sequence";
import { headingStyle } from "./heading-style";
import { motto } from "./motto";
import { nationalTitle } from "./national-title";
import { placeDate } from "./place-date";
import { recipients } from "./recipients";
import { signature } from "./signature";
import type { Rule } from "./types";

export const layoutRules: Rule[] = [
  pageSize,
  pageMargins,
  pageNumber,
  fontFamily,
  fontColor,
  agencyName,
  nationalTitle,
  motto,
  docNumber,
  placeDate,
  docTitle,
  bodyFontSize,
  bodyAlignment,
  bodyIndent,
  bodySpacing,
  headingSequence,
  headingStyle,
  recipients,
  signature,
];
