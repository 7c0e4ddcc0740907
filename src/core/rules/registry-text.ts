// Text hygiene rules (text-* except text-anniversary) and font-legacy-encoding.
import type { Rule } from "./types";

export const textRules: Rule[] = [];
