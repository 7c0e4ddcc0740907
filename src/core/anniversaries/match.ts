// Finding anniversary mentions in text ("75 năm Ngày thành lập Quân đội nhân dân Việt Nam … 22/12") and
// matching them to the dataset after folding diacritics, i/y (sĩ/sỹ), punctuation and common abbreviations.
import { matchAllAfter } from "../text/match-after";
import { foldDiacritics } from "../vietnamese/fold";
import type { AnniversaryEvent } from "./types";

/** Abbreviations written in plans, expanded before matching. */
const ABBREVIATIONS: Record<string, string> = {
  mttq: "mat tran to quoc",
  qdnd: "quan doi nhan dan",
  qptd: "quoc phong toan dan",
  cand: "cong an nhan dan",
  tncs: "thanh nien cong san",
  hcm: "ho chi minh",
  vn: "viet nam",
  chxhcn: "cong hoa xa hoi chu nghia",
  dcs: "dang cong san",
  dcsvn: "dang cong san viet nam",
  lhpn: "lien hiep phu nu",
  lhtn: "lien hiep thanh nien",
  ccb: "cuu chien binh",
  bdbp: "bo doi bien phong",
  dqtv: "dan quan tu ve",
  khcn: "khoa hoc cong nghe",
  ls: "lang son",
};

const STOPWORDS = new Set(["cua"]);

/**
 * Folded word → its expansion, keyed as matchTokens sees words (y already read as i). A Map, so a word such as
 * "constructor" is not taken for an abbreviation.
 */
const EXPANSIONS = new Map(
  Object.entries(ABBREVIATIONS).map(([k, v]) => [k.replace(/y/g, "i"), v.split(" ")] as const),
);

const FOLDED_WORD = /[a-z0-9]+/g;

/** Folded tokens: no diacritics, lower case, y read as i, punctuation dropped, abbreviations expanded. */
export function matchTokens(text: string): string[] {
  const folded = foldDiacritics(text).toLowerCase().replace(/y/g, "i");
  const tokens: string[] = [];
  // One pass over the words: this runs for every mention of a long plan.
  const re = new RegExp(FOLDED_WORD);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    for (const t of EXPANSIONS.get(m[0]) ?? [m[0]]) if (!STOPWORDS.has(t)) tokens.push(t);
  }
  return tokens;
}

interface Variant {
  event: AnniversaryEvent;
  tokens: Set<string>;
  /** Only with the event's date beside the words. */
  needsDate: boolean;
}

export class EventMatcher {
  /** Variants by one of their words (the first): a phrase can only match those whose word it holds. */
  private readonly byWord = new Map<string, Variant[]>();

  constructor(events: AnniversaryEvent[]) {
    const variants = events.flatMap((event) => [
      ...[event.name, ...(event.aliases ?? [])].map((w) => ({
        event,
        tokens: new Set(matchTokens(w)),
        needsDate: false,
      })),
      ...(event.dateAliases ?? []).map((w) => ({ event, tokens: new Set(matchTokens(w)), needsDate: true })),
    ]);
    for (const v of variants) {
      const [first] = v.tokens;
      if (first === undefined) continue;
      const list = this.byWord.get(first);
      if (list) list.push(v);
      else this.byWord.set(first, [v]);
    }
  }

  /**
   * The event a phrase names, or null when none or more than one fits. With a day/month written beside the
   * phrase, only events on that date count.
   */
  match(phrase: string, date: { day: number; month: number } | null): AnniversaryEvent | null {
    const words = new Set(matchTokens(phrase));
    const onDate = (e: AnniversaryEvent): boolean =>
      date !== null && e.calendar === "solar" && e.day === date.day && e.month === date.month;
    let best: { event: AnniversaryEvent; score: number }[] = [];
    // The best events form the same set whatever order the variants are met in.
    for (const word of words)
      for (const v of this.byWord.get(word) ?? []) {
        if (v.needsDate && !onDate(v.event)) continue;
        if (date !== null && !onDate(v.event)) continue;
        if (!containsAll(words, v.tokens)) continue;
        const score = v.tokens.size;
        if (!best.length || score > best[0].score) best = [{ event: v.event, score }];
        else if (score === best[0].score && !best.some((b) => b.event === v.event))
          best.push({ event: v.event, score });
      }
    return best.length === 1 ? best[0].event : null;
  }
}

function containsAll(words: Set<string>, wanted: Set<string>): boolean {
  for (const t of wanted) if (!words.has(t)) return false;
  return true;
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
const NOT_PART_OF_NUMBER = (c: string) => !/[\d.,/]/.test(c);
const LEAD_IN = /(kỷ niệm|kỉ niệm|tròn)\s*$/iu;
const DAY_MONTH = /(\d{1,2})\s*\/\s*(\d{1,2})(?![\d])(?:\s*\/\s*(\d{4}))?/gu;
/** A year not inside a longer number; the character before it, if any, is part of the match. */
const YEAR = /(?:^|\D)(1[89]\d\d|20\d\d|2100)(?!\d)/gu;
const MAX_PHRASE = 160;
const WHITE = /\s/;
/** "và 30 năm …", "cùng 20 năm …": a second mention joined to the first. */
const JOINED = /^\s+(và|cùng)\s+\d{1,3}\s+năm\s/u;

/** Where the words of a mention stop, and whether a "và N năm …" item follows. */
function phraseEnd(text: string, from: number): { end: number; joined: boolean } {
  const limit = Math.min(text.length, from + MAX_PHRASE);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (";,(:!?\n\t".includes(c)) return { end: i, joined: false };
    if (c === "." && /[\p{L}\d]{3}$/u.test(text.slice(Math.max(from, i - 3), i)))
      return { end: i, joined: false };
    if (/\d/.test(c) && /^\d{1,2}\s*[/.-]\s*\d{1,2}/.test(text.slice(i)) && /\s$/.test(text[i - 1] ?? " ")) {
      return { end: i, joined: false };
    }
    // A joined item starts with white space: only there is the rest of the text worth a look.
    if (WHITE.test(c) && JOINED.test(text.slice(i))) return { end: i, joined: true };
  }
  return { end: limit, joined: false };
}

/** The date or range written right after a mention: "27/7", "18/11/2017", "(04/11/1909 – 04/11/2019)". */
function attachedDate(text: string, at: number): { date: Mention["date"]; year: number | null } {
  const rest = text.slice(at);
  let chunk: string;
  const paren = /^\s*\(([^)]{0,60})\)/u.exec(rest);
  if (paren) chunk = paren[1];
  else chunk = /^\s*(?:ngày\s+)?[\d\s/.–—-]{0,40}/iu.exec(rest)?.[0] ?? "";
  let date: Mention["date"] = null;
  for (const m of chunk.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      date = { day, month };
      break;
    }
  }
  const years = [...chunk.matchAll(YEAR)].map((m) => Number(m[1]));
  return { date, year: years.length ? years[years.length - 1] : null };
}

/** Every "N năm <Tên>" in a paragraph that could name a commemorative day. */
export function findMentions(text: string): Mention[] {
  const raw: (Mention & { joined: boolean })[] = [];
  for (const m of matchAllAfter(text, COUNT, NOT_PART_OF_NUMBER)) {
    const start = m.index ?? 0;
    const phraseStart = start + m[0].length;
    const leadIn = LEAD_IN.test(text.slice(Math.max(0, start - 12), start));
    if (!leadIn && !/^[\p{Lu}“"]/u.test(text.slice(phraseStart))) continue;
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
      joined,
    });
  }
  // "75 năm A và 30 năm B 22/12": A shares B's date.
  for (let i = raw.length - 2; i >= 0; i--) {
    if (raw[i].joined && !raw[i].date && raw[i].year === null) {
      raw[i].date = raw[i + 1].date;
      raw[i].year = raw[i + 1].year;
    }
  }
  return raw.map(({ joined: _joined, ...m }) => m);
}
