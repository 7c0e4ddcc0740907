// text-anniversary.
import type { Rule } from "./types";

export const anniversaryRules: Rule[] = [];
