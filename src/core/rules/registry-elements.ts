// The decree's remaining elements: căn cứ, Kính gửi, thẩm quyền, blanks, marks, phụ lục, amounts in words.
import { addressee } from "./addressee";
import { appendix } from "./appendix";
import { authority } from "./authority";
import { basis } from "./basis";
import { marks } from "./marks";
import { placeholder } from "./placeholder";
import { textAmount } from "./text-amount";
import type { Rule } from "./types";

export const elementRules: Rule[] = [basis, addressee, authority, placeholder, marks, appendix, textAmount];
