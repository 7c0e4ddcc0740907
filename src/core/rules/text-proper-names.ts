// text-proper-names: capitals of the names NĐ 30/2020 Phụ lục II rules on, where the checker can identify the name
// from the lists and patterns it ships (capital-names.ts): agencies, offices and titles, documents and their parts,
// holidays, days and months, administrative units, and Nhân dân / Nhà nước / Đảng in their senses. It never guesses
// a name; uppercase lines (headers, titles, signature) are out of scope.
import {
  CAPITAL_NAMES,
  CAPITAL_PARTS,
  LOWER_PARTS,
  MONTH_NAMES,
  PERSON_OR_EVENT_STARTS,
  SPECIAL_UNITS,
  UNIT_WORDS,
  WEEKDAYS,
  type CapitalName,
} from "../vietnamese/capital-names";
import { isUpperText, startsUpper } from "../vietnamese/letters";
import { convertSyllable } from "../vietnamese/tone";
import { comparisonKeys } from "../vietnamese/spelling";
import { tokenize, WordTable, type Vocabulary } from "../vietnamese/words";
import { cite } from "./layout-helpers";
import { inSpans, nameSpans, protectedNames } from "./protected-names";
import { spanFinding, textParagraphs, wordsOf, type SpanReport } from "./text-paragraphs";
import type { FindingInput, Rule, RuleContext } from "./types";

const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lower = (w: string) => w.toLowerCase();

/** Words capitalised inside a name that say nothing about the name itself (the country in "phụ nữ Việt Nam"). */
const NEUTRAL_CAPITALS = new Set(["việt", "nam", "hồ", "chí", "minh"]);

/**
 * A paragraph's words, read from its packed words: no token objects, most words being passed by. Facts that depend
 * only on the word (its comparison key, whether it starts with a capital, whether it opens anything) are kept per
 * vocabulary word, so each distinct word of a document is judged once per check.
 */
class Scan {
  constructor(
    readonly text: string,
    private readonly first: number,
    /** How many words the paragraph has. */
    readonly count: number,
    private readonly vocabulary: Vocabulary,
    private readonly facts: WordFacts,
  ) {}

  start(k: number): number {
    return this.vocabulary.startOf(this.first + k);
  }

  end(k: number): number {
    return this.vocabulary.endOf(this.first + k);
  }

  id(k: number): number {
    return this.vocabulary.idOf(this.first + k);
  }

  /** Word k as written; "" outside the paragraph. */
  word(k: number): string {
    return k >= 0 && k < this.count ? this.vocabulary.words[this.id(k)] : "";
  }

  /** The comparison key of word k (lower case, kiểu mới); "" outside the paragraph. */
  key(k: number): string {
    return k >= 0 && k < this.count ? this.facts.keyOf(this.id(k)) : "";
  }

  /** The listed names whose first word is word k (inside the paragraph), longest first; null for none. */
  namesFrom(k: number): ListedName[] | null {
    return this.facts.namesFrom(this.id(k));
  }

  /** Whether word k (inside the paragraph) starts with a capital. */
  upper(k: number): boolean {
    return this.facts.startsUpper(this.id(k));
  }

  /** Whether the text between words k - 1 and k is exactly `gap`, compared in place. */
  gapIs(k: number, gap: string): boolean {
    const from = this.end(k - 1);
    return this.start(k) - from === gap.length && this.text.startsWith(gap, from);
  }

  /** The text between words k - 1 and k. */
  gap(k: number): string {
    return this.text.slice(this.end(k - 1), this.start(k));
  }
}

/** What the rule asks of each word of a vocabulary, answered once per word. */
class WordFacts {
  private readonly keys: WordTable<string>;
  private readonly names: WordTable<ListedName[] | null>;
  private readonly uppers: WordTable<boolean>;
  private readonly openers: WordTable<boolean>;

  constructor(vocabulary: Vocabulary) {
    this.keys = comparisonKeys(vocabulary);
    this.names = new WordTable(vocabulary, (id) => byFirst.get(this.keyOf(id)) ?? null);
    this.uppers = new WordTable(vocabulary, (id, v) => startsUpper(v.words[id]));
    // A word that opens a name, unit, part, date or noun the rule checks: listed, and not an uppercase word.
    this.openers = new WordTable(vocabulary, (id, v) => {
      const word = v.words[id];
      return STARTS.has(v.keys[id]) && !(word.length > 1 && isUpperText(word));
    });
  }

  keyOf(id: number): string {
    return this.keys.get(id);
  }

  namesFrom(id: number): ListedName[] | null {
    return this.names.get(id);
  }

  startsUpper(id: number): boolean {
    return this.uppers.get(id);
  }

  opens(id: number): boolean {
    return this.openers.get(id);
  }
}

/** One WordFacts per vocabulary, that is per check. */
const factsOf = new WeakMap<Vocabulary, WordFacts>();

/** Whether each of the words from..to-1 starts with a capital. */
function capitals(scan: Scan, from: number, to: number): boolean[] {
  const out: boolean[] = [];
  for (let k = from; k < Math.min(to, scan.count); k++) out.push(scan.upper(k));
  return out;
}

/** Only spaces, commas and semicolons between the previous token and this one: the sentence goes on. */
function midSentence(scan: Scan, i: number): boolean {
  if (i === 0) return false;
  const from = scan.end(i - 1);
  const to = scan.start(i);
  for (let j = from; j < to; j++) {
    const c = scan.text.charCodeAt(j);
    if (c !== 32 && c !== 44 /* , */ && c !== 59 /* ; */) return false;
  }
  return to > from;
}

/** Tokens i..i+n-1 spell the words (compared by key) with exactly the separators given (one space by default). */
function spells(scan: Scan, i: number, words: string[], gaps?: string[]): boolean {
  if (i + words.length > scan.count) return false;
  for (let k = 0; k < words.length; k++) {
    if (scan.key(i + k) !== words[k]) return false;
    if (k > 0 && !scan.gapIs(i + k, gaps?.[k - 1] ?? " ")) return false;
  }
  return true;
}

/** The written words i..i+n-1 re-cased word by word, with the text between them kept. */
function recased(scan: Scan, i: number, cases: boolean[]): string {
  let out = "";
  for (let k = 0; k < cases.length; k++) {
    const word = scan.word(i + k);
    if (k > 0) out += scan.gap(i + k);
    out += cases[k] ? capitalize(word) : lower(word);
  }
  return out;
}

function report(
  ctx: RuleContext,
  scan: Scan,
  i: number,
  n: number,
  cases: boolean[],
  reason: Reason,
): SpanReport {
  const start = scan.start(i);
  const end = scan.end(i + n - 1);
  const written = scan.text.slice(start, end);
  const right = recased(scan, i, cases);
  return {
    start,
    end,
    message: `Viết hoa chưa đúng: “${written}” — ${reason.why}, viết “${right}” ${cite(ctx, `Phụ lục II, ${reason.locator}`)}.`,
    replacement: right,
    fixDescription: `Sửa “${written}” thành “${right}”`,
  };
}

interface Reason {
  why: string;
  /** Section of Phụ lục II. */
  locator: string;
}

const REASONS = {
  agency: {
    why: "tên cơ quan, tổ chức viết hoa chữ đầu của từ chỉ loại hình và lĩnh vực",
    locator: "mục IV.1",
  },
  title: { why: "tên chức vụ viết như Phụ lục II", locator: "mục V.3" },
  document: { why: "tên văn bản viết hoa chữ đầu tên loại và âm tiết đầu của tên gọi", locator: "mục V.6" },
  occasion: { why: "tên ngày lễ, sự kiện viết hoa chữ đầu của tên gọi", locator: "mục V.5, V.8, V.9" },
  unit: { why: "danh từ chung chỉ đơn vị hành chính viết thường trước tên riêng", locator: "mục III.1a" },
  specialUnit: { why: "trường hợp viết hoa đặc biệt của đơn vị hành chính", locator: "mục III.1c" },
  part: {
    why: "phần của văn bản được viện dẫn: viết hoa Phần, Chương, Mục, Điều; viết thường khoản, điểm",
    locator: "mục V.7",
  },
  calendar: {
    why: "tên ngày, tháng viết bằng chữ viết hoa chữ đầu âm tiết chỉ ngày, tháng",
    locator: "mục V.8c",
  },
  noun: { why: "danh từ đặc biệt viết hoa", locator: "mục V.1, V.4" },
} satisfies Record<string, Reason>;

/** A listed name as the scan compares it: keys, the separators between its words, the capitals it wants. */
interface ListedName {
  name: CapitalName;
  keys: string[];
  gaps: string[];
  want: boolean[];
}

const byFirst = new Map<string, ListedName[]>();
for (const name of CAPITAL_NAMES) {
  const tokens = tokenize(name.name);
  const listed: ListedName = {
    name,
    keys: tokens.map((t) => convertSyllable(t.key, "new")),
    gaps: tokens.slice(1).map((t, k) => name.name.slice(tokens[k].end, t.start)),
    want: tokens.map((t) => startsUpper(t.text)),
  };
  const list = byFirst.get(listed.keys[0]) ?? [];
  list.push(listed);
  byFirst.set(listed.keys[0], list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);

/** A listed name written with the wrong capitals; returns the tokens it covers. Loops, not closures: it runs at
 * every word that can open a name. */
function checkName(ctx: RuleContext, scan: Scan, i: number, out: SpanReport[]): number {
  const listed = scan.namesFrom(i);
  if (listed === null) return 1;
  for (let c = 0; c < listed.length; c++) {
    const { name, keys, gaps, want } = listed[c];
    if (!spells(scan, i, keys, gaps)) continue;
    const n = want.length;
    const mid = midSentence(scan, i);
    const first = scan.upper(i);
    let over = false;
    let under = false;
    // A lower-case word where the name wants a capital counts only when the writer plainly meant the name:
    // its first word capitalised mid-sentence, or a capital inside it that belongs to the name itself.
    let meant = first && mid;
    for (let k = 0; k < n; k++) {
      const upper = scan.upper(i + k);
      if (k === 0 && !mid) continue;
      if (upper && !want[k]) over = true;
      if (!upper && want[k]) under = true;
      if (k > 0 && upper && want[k] && name.kind !== "occasion" && !NEUTRAL_CAPITALS.has(scan.key(i + k)))
        meant = true;
    }
    if (over || (under && meant)) {
      const cases = want.map((w, k) => (k === 0 && !mid ? first : w));
      out.push(report(ctx, scan, i, n, cases, REASONS[name.kind]));
    }
    return n;
  }
  return 1;
}

const SPECIAL_UNIT_WORDS = SPECIAL_UNITS.map((special) => {
  const words = special.split(" ");
  return { words, keys: words.map(lower), want: words.map(startsUpper) };
});
const UNIT_WORD_KEYS = UNIT_WORDS.map((unit) => unit.split(" "));

/** The first words of the units above: a word that is none of them opens no unit. */
const UNIT_FIRST_KEYS = new Set([
  ...SPECIAL_UNIT_WORDS.map((u) => u.keys[0]),
  ...UNIT_WORD_KEYS.map((u) => u[0]),
]);

/** "Tỉnh Lạng Sơn" mid-sentence → "tỉnh Lạng Sơn"; "thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh". */
function checkUnit(ctx: RuleContext, scan: Scan, i: number, out: SpanReport[]): number {
  if (!UNIT_FIRST_KEYS.has(scan.key(i))) return 0;
  for (const { words, keys, want } of SPECIAL_UNIT_WORDS) {
    if (!spells(scan, i, keys)) continue;
    const have = capitals(scan, i, i + words.length);
    const wrongAt = have.findIndex((h, k) => h !== want[k] && (k > 0 || midSentence(scan, i)));
    if (wrongAt >= 0 && (have[2] || have[0]))
      out.push(report(ctx, scan, i, words.length, want, REASONS.specialUnit));
    return words.length;
  }
  for (const words of UNIT_WORD_KEYS) {
    if (!spells(scan, i, words)) continue;
    const next = i + words.length;
    if (next >= scan.count || !scan.gapIs(next, " ")) return words.length;
    // "Tỉnh ủy", "Huyện đoàn"… are agencies: the name list judges them.
    if (BODY_AFTER_UNIT.has(scan.key(next))) return 0;
    const capitalUnit = capitals(scan, i, next).some(Boolean);
    const named = scan.upper(next) && !PERSON_OR_EVENT_STARTS.has(scan.key(next));
    if (capitalUnit && named && midSentence(scan, i))
      out.push(
        report(
          ctx,
          scan,
          i,
          words.length,
          words.map(() => false),
          REASONS.unit,
        ),
      );
    return words.length;
  }
  return 0;
}

/** Words that make a unit word the start of an agency's name ("Tỉnh ủy", "Tỉnh đoàn", "Huyện đội"). */
const BODY_AFTER_UNIT = new Set(["ủy", "uỷ", "đoàn", "đội", "hội", "ban"]);

/** "tại Khoản 2 Điều 5" → "khoản 2"; "theo điều 5" → "Điều 5"; only inside a sentence, before a number or letter. */
function checkPart(ctx: RuleContext, scan: Scan, i: number, out: SpanReport[]): void {
  const key = scan.key(i);
  const capital = CAPITAL_PARTS.includes(key);
  if (!capital && !LOWER_PARTS.includes(key)) return;
  if (!midSentence(scan, i) || i + 1 >= scan.count) return;
  const next = scan.word(i + 1);
  const numbered =
    key === "điểm"
      ? /^[a-zđ]$/.test(next)
      : key === "chương"
        ? /^([IVXLC]+|\d+)$/.test(next)
        : /^\d+$/.test(next);
  if (!numbered || !scan.gapIs(i + 1, " ")) return;
  if (scan.upper(i) === capital) return;
  out.push(report(ctx, scan, i, 1, [capital], REASONS.part));
}

/** "tháng giêng" → "tháng Giêng"; "thứ hai, ngày 5/3" → "thứ Hai". */
function checkCalendar(ctx: RuleContext, scan: Scan, i: number, out: SpanReport[]): void {
  const key = scan.key(i);
  if ((key !== "tháng" && key !== "thứ") || i + 1 >= scan.count || !scan.gapIs(i + 1, " ")) return;
  const nextKey = scan.key(i + 1);
  const month = key === "tháng" && MONTH_NAMES.includes(nextKey);
  // A weekday needs a date after it: "thứ hai" alone is also "the second".
  const weekday =
    key === "thứ" &&
    WEEKDAYS.includes(nextKey) &&
    i + 2 < scan.count &&
    scan.key(i + 2) === "ngày" &&
    (scan.gapIs(i + 2, ", ") || scan.gapIs(i + 2, " (") || scan.gapIs(i + 2, " "));
  if (!month && !weekday) return;
  const have = [scan.upper(i), scan.upper(i + 1)];
  const mid = midSentence(scan, i);
  const want = [mid ? false : have[0], true];
  if (have[1] && have[0] === want[0]) return;
  out.push(report(ctx, scan, i, 2, want, REASONS.calendar));
}

/** Words after "đảng" that make it the Party ("của đảng và …", "đảng ta"). */
const PARTY_AFTER = new Set(["và", "ta"]);

/** Words before "nhân dân" that make it the noun Nhân dân (the people), not an adjective (công an nhân dân). */
const PEOPLE_AFTER = ["của", "cho", "và", "với", "vì", "toàn thể", "đông đảo", "phục vụ", "tầng lớp"].map(
  (p) => p.split(" "),
);

/** What may follow "đảng" straight after for the Party to be meant ("của đảng.", "của đảng, …"). */
const PUNCTUATION_AFTER_PARTY = [",", ".", ";", ":", ")"];

/** Nhân dân, Nhà nước, Đảng as nouns in their own sense (mục V.1 and V.4), in contexts that leave no doubt. */
function checkSpecialNouns(ctx: RuleContext, scan: Scan, i: number, out: SpanReport[]): void {
  const { text, count } = scan;
  const key = scan.key(i);
  if ((key !== "đảng" && key !== "nhân" && key !== "nhà") || scan.upper(i)) return;
  // The gaps are compared in place: this runs at every "đảng", "nhân" and "nhà" of a document.
  const spaceBefore = i > 0 && scan.gapIs(i, " ");
  const why = REASONS.noun;
  if (key === "đảng") {
    // "của đảng." / "của đảng và" / "đảng ta": the Party, not a party member (đảng viên) or a body (đảng bộ).
    const ends =
      i + 1 >= count ||
      PUNCTUATION_AFTER_PARTY.includes(text.charAt(scan.end(i))) ||
      (scan.gapIs(i + 1, " ") && PARTY_AFTER.has(scan.key(i + 1)));
    if (scan.key(i - 1) === "của" && spaceBefore && ends) out.push(report(ctx, scan, i, 1, [true], why));
    return;
  }
  if (i + 1 >= count || !scan.gapIs(i + 1, " ")) return;
  const next = scan.key(i + 1);
  // "nhân dân Lào", "nhân dân Cu-ba": another country's people, which the decree does not speak of.
  const foreignPeople = i + 2 < count && scan.upper(i + 2);
  if (key === "nhân" && next === "dân" && spaceBefore && scan.key(i + 2) !== "tệ" && !foreignPeople) {
    const before = PEOPLE_AFTER.some((words) => words.every((w, k) => scan.key(i - words.length + k) === w));
    if (before) out.push(report(ctx, scan, i, 2, [true, false], why));
  } else if (key === "nhà" && next === "nước") {
    const afterParty =
      (scan.key(i - 1) === "và" && spaceBefore && scan.word(i - 2) === "Đảng") ||
      (scan.word(i - 1) === "Đảng" && i > 0 && scan.gapIs(i, ", "));
    if (afterParty) out.push(report(ctx, scan, i, 2, [true, false], why));
  }
}

/** Every word (lower case, either tone style) that can open something the rule checks. */
const STARTS = new Set(
  [
    ...byFirst.keys(),
    ...[...UNIT_WORDS, ...SPECIAL_UNITS].map((u) => lower(u.split(" ")[0])),
    ...CAPITAL_PARTS,
    ...LOWER_PARTS,
    "tháng",
    "thứ",
    "nhân",
    "nhà",
    "đảng",
  ].flatMap((w) => [w, convertSyllable(w, "old")]),
);

export const textProperNames: Rule = {
  meta: {
    id: "text-proper-names",
    title: "Viết hoa tên riêng",
    description:
      "Kiểm tra viết hoa theo Phụ lục II Nghị định 30/2020/NĐ-CP với những tên nhận ra được: cơ quan, tổ chức, đơn vị hành chính, chức vụ, văn bản và điều, khoản, điểm, ngày lễ, ngày và tháng, Nhân dân, Nhà nước; không xét dòng chữ in hoa.",
    legalBasis: [{ instrument: "NĐ 30/2020/NĐ-CP", locator: "Phụ lục II" }],
    normativity: "mandatory",
    severity: "warning",
    fixPolicy: "guarded",
  },
  check(ctx) {
    const names = protectedNames(ctx);
    const findings: FindingInput[] = [];
    for (const tp of textParagraphs(ctx)) {
      const { text } = tp;
      if (isUpperText(text)) continue;
      const { first, count } = wordsOf(tp);
      const { vocabulary } = tp;
      let facts = factsOf.get(vocabulary);
      if (facts === undefined) factsOf.set(vocabulary, (facts = new WordFacts(vocabulary)));
      const scan = new Scan(text, first, count, vocabulary, facts);
      const reports: SpanReport[] = [];
      for (let i = 0; i < count;) {
        // Most words start no name the rule knows: a look at the word's entry passes them by.
        if (!facts.opens(scan.id(i))) {
          i++;
          continue;
        }
        const unit = checkUnit(ctx, scan, i, reports);
        if (unit > 0) {
          i += unit;
          continue;
        }
        checkPart(ctx, scan, i, reports);
        checkCalendar(ctx, scan, i, reports);
        checkSpecialNouns(ctx, scan, i, reports);
        i += checkName(ctx, scan, i, reports);
      }
      if (reports.length === 0) continue;
      const spans = names.length ? nameSpans(text, names) : [];
      for (const r of reports) if (!inSpans(spans, r.start, r.end)) findings.push(spanFinding(ctx, tp, r));
    }
    return findings;
  },
};
