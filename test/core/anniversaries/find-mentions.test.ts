import { findMentions, type Mention } from "../../../src/core/anniversaries/match";
import { matchAllAfter } from "../../../src/core/text/match-after";
import { seededTexts } from "../../helpers/seeded-texts";

// findMentions as it was before it walked phrases by character codes (9a41a81): the definition the faster one keeps.
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
function referenceMentions(text: string): Mention[] {
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

describe("findMentions", () => {
  it("finds what the pattern-per-character version found, on 6,000 seeded texts", () => {
    const pieces = [
      "75 năm ",
      "75 năm Ngày Thương binh liệt sỹ",
      " 45 năm Ngày Chiến thắng ",
      "kỷ niệm 90 năm thành lập Đảng",
      "30 năm ",
      "2.500 năm ",
      "2017 năm ",
      "12345  năm\t",
      "5năm ",
      "Năm ",
      "1/10 năm ",
      "Kỷ niệm ",
      "tròn ",
      "Ngày thành lập Quân đội nhân dân Việt Nam",
      "Ngày truyền thống",
      "“Ngày",
      " và 30 năm ",
      " cùng 20 năm ",
      "và ",
      " v",
      " c",
      "22/12",
      " 18/11/2017",
      " (04/11/1909 – 04/11/2019)",
      " ngày 3/2",
      " 2.9",
      ", ",
      "; ",
      ":",
      ".",
      "abc.",
      "Tp.",
      " ",
      "\t",
      "\n",
      "\u00a0",
      "\u3000",
      "1",
      "-",
      "𝐀",
    ];
    const differ: string[] = [];
    let found = 0;
    for (const text of seededTexts(52, pieces, 6000, 14)) {
      const expected = referenceMentions(text);
      if (JSON.stringify(findMentions(text)) !== JSON.stringify(expected)) differ.push(text);
      found += expected.length;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(3000);
  });
});
