// Finding anniversary mentions in text ("75 năm Ngày thành lập Quân đội nhân dân Việt Nam … 22/12") and
// matching them to the dataset after folding diacritics, i/y (sĩ/sỹ), punctuation and common abbreviations.
import { matchesIn } from "../text/matches";
import { isWhiteSpace } from "../text/white-space";
import { foldedWords, matchTokens, REPLACED } from "./match-tokens";
import type { AnniversaryEvent } from "./types";

interface Variant {
  event: AnniversaryEvent;
  /** Its distinct words, by id. */
  ids: number[];
  /** Only with the event's date beside the words. */
  needsDate: boolean;
}

export class EventMatcher {
  /**
   * Each folded word a phrase may hold → the ids of the variants' words it stands for (an abbreviation stands for
   * its expansion, a stop word for none). Words no variant has are not kept: they cannot decide a match.
   */
  private readonly idsOfWord = new Map<string, readonly number[]>();
  /**
   * Variants that need no date, by the id of their rarest word among all variants: a phrase matches a variant only
   * when it holds every word of it, so only the variants filed under one of the phrase's words can match.
   */
  private readonly byWord: Variant[][] = [];
  /** Solar variants by `day/month`: with a date written beside the phrase, only those on that date count. */
  private readonly byDate = new Map<string, Variant[]>();
  /** `held[id] === stamp` while matching a phrase that holds word `id` (no set of words per phrase). */
  private readonly held: Int32Array;
  private stamp = 0;

  constructor(events: AnniversaryEvent[]) {
    const worded = events
      .flatMap((event) => [
        ...[event.name, ...(event.aliases ?? [])].map((w) => ({
          event,
          tokens: matchTokens(w),
          needsDate: false,
        })),
        ...(event.dateAliases ?? []).map((w) => ({ event, tokens: matchTokens(w), needsDate: true })),
      ])
      .filter((v) => v.tokens.size > 0);
    const idOf = new Map<string, number>();
    for (const v of worded) for (const t of v.tokens) if (!idOf.has(t)) idOf.set(t, idOf.size);
    for (const [t, id] of idOf) this.idsOfWord.set(t, [id]);
    for (const [word, tokens] of REPLACED)
      this.idsOfWord.set(
        word,
        tokens.flatMap((t) => (idOf.has(t) ? [idOf.get(t)!] : [])),
      );
    this.held = new Int32Array(idOf.size);
    const variants: Variant[] = worded.map((v) => ({
      event: v.event,
      ids: [...v.tokens].map((t) => idOf.get(t)!),
      needsDate: v.needsDate,
    }));
    const uses = new Int32Array(idOf.size);
    for (const v of variants) for (const id of v.ids) uses[id]++;
    for (const v of variants) {
      if (v.event.calendar === "solar") fileUnder(this.byDate, `${v.event.day}/${v.event.month}`, v);
      if (v.needsDate) continue;
      let rarest = v.ids[0];
      for (const id of v.ids) if (uses[id] < uses[rarest]) rarest = id;
      (this.byWord[rarest] ??= []).push(v);
    }
  }

  /**
   * The event a phrase names, or null when none or more than one fits. With a day/month written beside the
   * phrase, only events on that date count. Equal to testing every variant's words against `matchTokens(phrase)`.
   */
  match(phrase: string, date: { day: number; month: number } | null): AnniversaryEvent | null {
    if (this.stamp === 0x7fffffff) {
      this.held.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const held = this.held;
    const words: number[] = [];
    for (const word of foldedWords(phrase))
      for (const id of this.idsOfWord.get(word) ?? NONE)
        if (held[id] !== stamp) {
          held[id] = stamp;
          words.push(id);
        }
    let best: { event: AnniversaryEvent; score: number }[] = [];
    // The best events form the same set whatever order the variants are met in.
    const consider = (v: Variant) => {
      for (const id of v.ids) if (held[id] !== stamp) return;
      const score = v.ids.length;
      if (!best.length || score > best[0].score) best = [{ event: v.event, score }];
      else if (score === best[0].score && !best.some((b) => b.event === v.event))
        best.push({ event: v.event, score });
    };
    if (date !== null) {
      // The key is text: the test on the numbers themselves stays (a custom day may come in with the wrong type).
      for (const v of this.byDate.get(`${date.day}/${date.month}`) ?? [])
        if (v.event.day === date.day && v.event.month === date.month) consider(v);
    } else for (const id of words) for (const v of this.byWord[id] ?? []) consider(v);
    return best.length === 1 ? best[0].event : null;
  }
}

const NONE: readonly number[] = [];

function fileUnder<K>(index: Map<K, Variant[]>, key: K, v: Variant): void {
  const list = index.get(key);
  if (list) list.push(v);
  else index.set(key, [v]);
}

export interface Mention {
  /** The count as written. */
  count: number;
  /** Span of the count digits. */
  countStart: number;
  countEnd: number;
  /** The words naming the event, and where they end. */
  phrase: string;
  end: number;
  /** Day and month written beside the mention (or shared with the next item joined by "và"). */
  date: { day: number; month: number } | null;
  /** The year written beside it: a full date's year, or the end of a range. */
  year: number | null;
}

/** "N năm ", counted only where no digit, point, comma or slash comes before N (see findMentions). */
const COUNT = /(\d{1,3})\s+năm\s+/gu;
const PART_OF_NUMBER = /[\d.,/]/;
const LEAD_IN = /(kỷ niệm|kỉ niệm|tròn)\s*$/iu;
const PHRASE_START = /^[\p{Lu}“"]/u;
const DAY_MONTH = /(\d{1,2})\s*\/\s*(\d{1,2})(?![\d])(?:\s*\/\s*(\d{4}))?/gu;
/** A year not inside a longer number; the character before it, if any, is part of the match. */
const YEAR = /(?:^|\D)(1[89]\d\d|20\d\d|2100)(?!\d)/gu;
const MAX_PHRASE = 160;
/** "và 30 năm …", "cùng 20 năm …": a second mention joined to the first. */
const JOINED = /^\s+(và|cùng)\s+\d{1,3}\s+năm\s/u;
/** Three letters or digits before a full stop: the stop ends the phrase (an abbreviation's dot does not). */
const WORD_BEFORE_STOP = /[\p{L}\d]{3}$/u;
/** A day and month starting here ("27/7", "18.11"). */
const DATE_AHEAD = /^\d{1,2}\s*[/.-]\s*\d{1,2}/;
const PARENTHESIS_AFTER = /^\s*\(([^)]{0,60})\)/u;
const DATE_AFTER = /^\s*(?:ngày\s+)?[\d\s/.–—-]{0,40}/iu;

/** ; , ( : ! ? line feed and tab end a phrase. */
const isPhraseStop = (c: number): boolean =>
  c === 0x3b ||
  c === 0x2c ||
  c === 0x28 ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x0a ||
  c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** After white space, what may go on into a joined item: more white space, or the "v" of "và" or "c" of "cùng". */
const mayJoin = (c: number): boolean => c === 0x76 || c === 0x63 || isWhiteSpace(c);

/** Where the words of a mention stop, and whether a "và N năm …" item follows. */
function phraseEnd(text: string, from: number): { end: number; joined: boolean } {
  const limit = Math.min(text.length, from + MAX_PHRASE);
  // Character codes, not a regex per character: every mention of a long plan walks its phrase.
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isPhraseStop(c)) return { end: i, joined: false };
    if (c === 0x2e) {
      if (WORD_BEFORE_STOP.test(text.slice(Math.max(from, i - 3), i))) return { end: i, joined: false };
    } else if (isDigit(c)) {
      // A date after white space ends the phrase.
      if ((i === 0 || isWhiteSpace(text.charCodeAt(i - 1))) && DATE_AHEAD.test(text.slice(i)))
        return { end: i, joined: false };
    } else if (isWhiteSpace(c) && mayJoin(text.charCodeAt(i + 1)) && JOINED.test(text.slice(i))) {
      // A joined item starts with white space: only there is the rest of the text worth a look.
      return { end: i, joined: true };
    }
  }
  return { end: limit, joined: false };
}

/** The date or range written right after a mention: "27/7", "18/11/2017", "(04/11/1909 – 04/11/2019)". */
function attachedDate(text: string, at: number): { date: Mention["date"]; year: number | null } {
  const rest = text.slice(at);
  let chunk: string;
  const paren = PARENTHESIS_AFTER.exec(rest);
  if (paren) chunk = paren[1];
  else chunk = DATE_AFTER.exec(rest)?.[0] ?? "";
  let date: Mention["date"] = null;
  for (const m of matchesIn(chunk, DAY_MONTH)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      date = { day, month };
      break;
    }
  }
  const years = matchesIn(chunk, YEAR);
  return { date, year: years.length ? Number(years[years.length - 1][1]) : null };
}

const NAM = /năm\s/g;

/**
 * `/\d\s+năm\s/u`, which every mention holds: found from each "năm " (a literal the pattern engine finds fast) by
 * looking back over the white space before it for a digit. Paragraphs without it need no search for mentions.
 */
export function mayHoldMention(text: string): boolean {
  try {
    NAM.lastIndex = 0;
    for (let m = NAM.exec(text); m !== null; m = NAM.exec(text)) {
      let at = m.index;
      while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
      if (at < m.index && at > 0 && isDigit(text.charCodeAt(at - 1))) return true;
    }
    return false;
  } finally {
    NAM.lastIndex = 0;
  }
}

/** Every "N năm <Tên>" in a paragraph that could name a commemorative day. */
export function findMentions(text: string): Mention[] {
  const raw: Mention[] = [];
  /** Whether a "và N năm …" item follows each mention (kept apart: removing a key from each object is slow). */
  const joinedToNext: boolean[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m !== null; m = COUNT.exec(text)) {
    const start = m.index;
    // N continuing a number ("2.500 năm") is refused; the search goes on from the next character.
    if (start > 0 && PART_OF_NUMBER.test(text[start - 1])) {
      COUNT.lastIndex = start + 1;
      continue;
    }
    const phraseStart = start + m[0].length;
    const leadIn = LEAD_IN.test(text.slice(Math.max(0, start - 12), start));
    if (!leadIn && !PHRASE_START.test(text.slice(phraseStart))) continue;
    const { end, joined } = phraseEnd(text, phraseStart);
    const phrase = text.slice(phraseStart, end).trim();
    if (!phrase) continue;
    const { date, year } = attachedDate(text, end);
    raw.push({
      count: Number(m[1]),
      countStart: start,
      countEnd: start + m[1].length,
      phrase,
      end: start + m[0].length + text.slice(phraseStart, end).trimEnd().length,
      date,
      year,
    });
    joinedToNext.push(joined);
  }
  COUNT.lastIndex = 0;
  // "75 năm A và 30 năm B 22/12": A shares B's date.
  for (let i = raw.length - 2; i >= 0; i--) {
    if (joinedToNext[i] && !raw[i].date && raw[i].year === null) {
      raw[i].date = raw[i + 1].date;
      raw[i].year = raw[i + 1].year;
    }
  }
  return raw;
}
