// Vietnamese number words, read and written: "một trăm linh năm", "hai mươi mốt", "mười lăm", "một nghìn không trăm
// năm mươi", "hai nghìn tỷ", "ba phẩy năm". Reading accepts every form officials write (nghìn/ngàn, linh/lẻ,
// mươi/mười, tư/bốn, lăm/năm, mốt/một, tỷ/tỉ, "chục"); writing gives one plain form for suggestions. No npm package
// reads Vietnamese number words (the maintained ones only write them), hence this module.
import { foldDiacritics } from "../vietnamese/fold";

const DIGITS: Record<string, number> = {
  khong: 0,
  linh: -1,
  le: -1,
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  lam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
};
const SCALES: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 };
/** Words that may follow the number without changing it ("một trăm triệu đồng chẵn"). */
const TRAILING = new Set(["dong", "chan", "vnd"]);

/**
 * The number words as written with their marks. A word typed with marks must be one of these: folding alone would
 * read "(bà)" as "ba" (3) or "tư" as "tu"; a word typed without any mark ("mot tram") is read by its folded form.
 */
const SPELLINGS = new Set(
  (
    "không linh lẻ một mốt hai ba bốn tư năm lăm nhăm sáu bảy bẩy tám chín mười mươi chục trăm nghìn ngàn triệu tỷ tỉ " +
    "phẩy đồng chẵn việt nam vnđ"
  ).split(" "),
);

/** Folded word (no diacritics, lower case); "mươi" and "mười" fold alike, and so do "năm" and "nam". */
const foldWord = (w: string) => foldDiacritics(w).toLowerCase();

/** The integer said by a list of folded words, or null when they are not a well-formed number. */
function readInteger(words: string[]): number | null {
  if (words.length === 0) return null;
  const stack: { value: number; scale: number }[] = [];
  let seg = 0;
  let pending: number | null = null;
  let segWords = 0;
  let hundreds = false;
  for (const w of words) {
    if (w in DIGITS) {
      const d = DIGITS[w];
      if (d === -1) {
        // "linh"/"lẻ": no tens; only after "trăm".
        if (pending !== null || seg % 100 !== 0 || !hundreds) return null;
        continue;
      }
      if (pending !== null) return null;
      pending = d;
      segWords++;
    } else if (w === "tram") {
      if (hundreds || seg !== 0) return null;
      seg = (pending ?? 1) * 100;
      pending = null;
      hundreds = true;
    } else if (w === "muoi" || w === "chuc") {
      if (seg % 100 !== 0) return null;
      // "mười" alone is ten; "hai mươi" is twenty.
      seg += pending === null ? 10 : pending * 10;
      if (pending === 0 || pending === 1) return null;
      pending = null;
      segWords++;
    } else if (w in SCALES) {
      const scale = SCALES[w];
      let value = seg + (pending ?? 0);
      if (value === 0 && segWords === 0 && stack.length === 0) value = 1;
      while (stack.length && stack[stack.length - 1].scale < scale) value += stack.pop()!.value;
      stack.push({ value: value * scale, scale });
      seg = 0;
      pending = null;
      segWords = 0;
      hundreds = false;
    } else return null;
  }
  return stack.reduce((s, x) => s + x.value, 0) + seg + (pending ?? 0);
}

/** The number written in words ("Một trăm triệu đồng", "ba phẩy năm"), or null when it is not one. */
export function readNumberWords(text: string): number | null {
  const words = text
    .replace(/[.,;:!?/()]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const lower = w.normalize("NFC").toLowerCase();
      const folded = foldWord(w);
      return folded === lower || SPELLINGS.has(lower) ? folded : "";
    });
  if (words.includes("")) return null;
  // "… đồng chẵn", "… Việt Nam đồng", "… VNĐ".
  while (words.length && TRAILING.has(words[words.length - 1])) {
    words.pop();
    if (words[words.length - 1] === "nam" && words[words.length - 2] === "viet") words.splice(-2);
  }
  const comma = words.indexOf("phay");
  if (comma === -1) return readInteger(words);
  const whole = readInteger(words.slice(0, comma));
  const frac = words.slice(comma + 1);
  if (whole === null || frac.length === 0) return null;
  // "ba phẩy không năm" is read digit by digit; "hai phẩy hai mươi lăm" as a number after the comma.
  const digitByDigit = frac.every((w) => w in DIGITS && DIGITS[w] >= 0);
  const fracText = digitByDigit
    ? frac.map((w) => String(DIGITS[w])).join("")
    : String(readInteger(frac) ?? "");
  return fracText === "" ? null : Number(`${whole}.${fracText}`);
}

const UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** Words for 0–999; `full` writes "không trăm" and "linh" for a group inside a larger number. */
function groupWords(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(UNITS[h], "trăm");
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) out.push("linh");
  } else if (t === 1) out.push("mười");
  else out.push(UNITS[t], "mươi");
  if (u > 0) {
    if (u === 1 && t > 1) out.push("mốt");
    else if (u === 5 && t > 0) out.push("lăm");
    else if (u === 4 && t > 1) out.push("tư");
    else out.push(UNITS[u]);
  }
  return out;
}

/** A non-negative integer in words: 105 → "một trăm linh năm", 1050 → "một nghìn không trăm năm mươi". */
export function integerWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${n}`);
  if (n === 0) return "không";
  if (n >= 1e9) {
    const high = Math.floor(n / 1e9);
    const low = n % 1e9;
    return [integerWords(high), "tỷ", ...(low ? [belowBillion(low, true)] : [])].join(" ");
  }
  return belowBillion(n, false);
}

function belowBillion(n: number, full: boolean): string {
  const groups = [Math.floor(n / 1e6), Math.floor((n % 1e6) / 1e3), n % 1e3];
  const names = ["triệu", "nghìn", ""];
  const out: string[] = [];
  groups.forEach((g, k) => {
    if (g === 0) return;
    out.push(...groupWords(g, full || out.length > 0), names[k]);
  });
  return out.filter(Boolean).join(" ");
}

/** A number in words with its decimals after "phẩy": 3.5 → "ba phẩy năm". */
export function numberWords(n: number): string {
  const [whole, frac] = String(n).split(".");
  const head = integerWords(Number(whole));
  return frac ? `${head} phẩy ${[...frac].map((d) => UNITS[Number(d)]).join(" ")}` : head;
}
