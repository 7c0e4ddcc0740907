// Rules that read shipped reference data (administrative units, laws in force), loaded lazily.
import { adminUnits } from "./admin-units";
import { legalCitation } from "./legal-citation";
import type { Rule } from "./types";

export const dataRules: Rule[] = [adminUnits, legalCitation];
