// Layout rules of the catalogue (page-*, font-family, font-color, header elements, body-*, heading-*, recipients, signature).
import type { Rule } from "./types";

export const layoutRules: Rule[] = [];
