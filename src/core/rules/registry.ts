// Every rule the engine knows, in catalogue order within each family.
import { anniversaryRules } from "./registry-anniversary";
import { elementRules } from "./registry-elements";
import { dataRules } from "./registry-data";
import { layoutRules } from "./registry-layout";
import { textRules } from "./registry-text";
import type { Rule } from "./types";

export const allRules: Rule[] = [
  ...layoutRules,
  ...textRules,
  ...anniversaryRules,
  ...elementRules,
  ...dataRules,
];
