// text-anniversary.
import { textAnniversary } from "./text-anniversary";
import type { Rule } from "./types";

export const anniversaryRules: Rule[] = [textAnniversary];
