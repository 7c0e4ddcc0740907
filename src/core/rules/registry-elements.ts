// The decree's remaining elements: căn cứ, Kính gửi, thẩm quyền, blanks, marks, phụ lục, amounts in words.
import { placeholder } from "./placeholder";
import type { Rule } from "./types";

export const elementRules: Rule[] = [placeholder];
