// Numerals used in labels of administrative documents: Roman numerals (parts "I.", chapters "Chương II") and the
// Vietnamese point letters ("a)", "đ)").

/** Điểm follow the Vietnamese alphabet: no f, j, w, z; đ after d (NĐ 30, Phụ lục I, mục II.6đ). */
export const POINT_LETTERS: readonly string[] = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");

const ROMAN: readonly [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Upper-case Roman numeral of n; "" for n < 1. */
export function toRoman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

const DIGIT: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Value of a canonical Roman numeral in either case ("XIV", "xiv" → 14); null for anything else ("IIII", "IC"). */
export function romanValue(s: string): number | null {
  const up = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(up)) return null;
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = DIGIT[up[i]];
    const next = DIGIT[up[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === up ? total : null;
}
