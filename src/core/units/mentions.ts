// Mentions of administrative units in running text: "huyện Lục Nam", "UBND TỈNH BẮC GIANG", "các huyện, thị xã,
// thành phố", "cấp huyện". The name after the keyword is matched against the known names, longest first.
import { matchAllAfter } from "../text/match-after";
import { isLetterOrMark } from "../vietnamese/letters";
import { unitKey } from "./key";

export type Keyword =
  "tỉnh" | "thành phố" | "huyện" | "quận" | "thị xã" | "thị trấn" | "xã" | "phường" | "đặc khu";

export interface Mention {
  keyword: Keyword;
  /** The keyword as written ("HUYỆN", "Thị xã"). */
  written: string;
  /** The name as written and its key. */
  name: string;
  key: string;
  /** Span of keyword and name in the text. */
  start: number;
  end: number;
}

export interface ListMention {
  /** "các huyện, thị xã, thành phố", "cấp huyện". */
  text: string;
  start: number;
  end: number;
}

const KEYWORD =
  /(tỉnh|thành phố|tp\.|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|huyện|quận|thị xã|thị trấn|xã(?![ \t\u00a0]+hội(?![\p{L}\p{M}]))|phường|đặc khu)[ \t\u00a0]+/giu;
/** One word of a name: letters, or a number ("Quận 1", "Phường 12"). */
const WORD = /^[\p{L}\p{M}]+|^\d+/u;
const MAX_WORDS = 5;

/**
 * Unit mentions whose name is one the caller knows (`known(keyword, key)`), taking the longest known name after
 * the keyword. In mixed-case text each word of a name starts with a capital letter or is a number; a keyword in
 * capitals (header lines) takes capitalised words.
 */
export function findMentions(text: string, known: (keyword: Keyword, key: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllAfter(text, KEYWORD, notLetter)) {
    const written = m[1];
    const keyword = normaliseKeyword(written);
    const upper = written === written.toUpperCase();
    const ends: number[] = [];
    let at = m.index + m[0].length;
    for (let n = 0; n < MAX_WORDS; n++) {
      const w = WORD.exec(text.slice(at, at + 30));
      if (!w) break;
      const word = w[0];
      const capital =
        /^\d/.test(word) || (word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase());
      if (!capital || (upper && word !== word.toUpperCase() && !/^\d/.test(word))) break;
      at += word.length;
      ends.push(at);
      // Words go on after one space, or a spaced dash ("Bà Rịa - Vũng Tàu").
      const gap = /^(?: - | – | )/.exec(text.slice(at, at + 3));
      if (!gap) break;
      at += gap[0].length;
    }
    const nameStart = m.index + m[0].length;
    for (let k = ends.length - 1; k >= 0; k--) {
      const name = text.slice(nameStart, ends[k]);
      const key = unitKey(name.replace(/\s+[-–]\s+/g, " - "));
      if (known(keyword, key)) {
        out.push({ keyword, written, name, key, start: m.index, end: ends[k] });
        break;
      }
    }
  }
  return out;
}

const notLetter = (c: string) => !isLetterOrMark(c);

/** The Party committee of a district (huyện ủy, quận ủy, thị ủy) ended with the district on 01/7/2025. */
const COMMITTEE: Record<string, Keyword> = { "huyện ủy": "huyện", "quận ủy": "quận", "thị ủy": "thị xã" };

function normaliseKeyword(written: string): Keyword {
  const k = written.toLowerCase().normalize("NFC").replace("uỷ", "ủy");
  return (k === "tp." ? "thành phố" : (COMMITTEE[k] ?? k)) as Keyword;
}

const LIST =
  /(?:cấp huyện|(?:các|những) (?:huyện|quận|thị xã)(?:\s*(?:,|và|\/|hoặc)\s*(?:huyện|quận|thị xã|thành phố(?: thuộc tỉnh)?))*)(?![\p{L}\p{M}])/giu;

/** District-level lists and the level itself, which end with the district level on 01/7/2025. */
export function findDistrictLists(text: string): ListMention[] {
  return spans(matchAllAfter(text, LIST, notLetter));
}

/** "thị trấn" as a kind of unit in a list ("các xã, phường, thị trấn"), not followed by a name. */
const TOWN_KIND =
  /(?:xã|phường)\s*(?:,|và|\/)\s*(?:(?:xã|phường)\s*(?:,|và|\/)\s*)?(thị trấn)(?![\p{L}\p{M}]|\s+[\p{Lu}\d])/giu;

/** Towns (thị trấn) as a kind of commune, which ends on 01/7/2025: the span of the words "thị trấn". */
export function findTownKinds(text: string): ListMention[] {
  return [...matchAllAfter(text, TOWN_KIND, notLetter)].map((m) => {
    const start = m.index + m[0].length - m[1].length;
    return { text: m[1], start, end: start + m[1].length };
  });
}

function spans(matches: Iterable<RegExpExecArray>): ListMention[] {
  return [...matches].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
