// Cited documents in text: by number and ký hiệu ("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020") and, for
// laws and codes, by name and date ("Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003"). Only documents the
// data knows are returned; what the text says of each (kind, name, date) comes with it for the rule to compare.
import { matchesIn } from "../text/matches";
import { isLetterOrMark } from "../vietnamese/letters";
import { convertToneStyle } from "../vietnamese/tone";
import { idKey } from "./laws";
import type { LawEntry, Laws } from "./types";

export interface Citation {
  entry: LawEntry;
  start: number;
  end: number;
  /** The kind word written right before the number, when there is one. */
  kind?: string;
  /** For a law cited by number: the name written between the kind and the number. */
  title?: string;
  /** The date written after it (ISO), or only its year. */
  date?: string;
  year?: number;
}

const NUMBER =
  /(\d{1,4})\s*\/\s*(\d{4})\s*\/\s*([A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*)|(\d{1,4})-([A-ZĐ]{2,4})\/([A-ZĐ]+)/gu;
const DATE_AFTER =
  /^\s*,?\s*(?:ban hành\s*)?ngày\s*(\d{1,2})\s*(?:tháng\s*(\d{1,2})\s*năm\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/iu;
const YEAR_AFTER = /^\s*,?\s*năm\s*(\d{4})(?!\d)/iu;
const KINDS = [
  "Hiến pháp",
  "Bộ luật",
  "Luật",
  "Pháp lệnh",
  "Nghị quyết liên tịch",
  "Nghị quyết",
  "Nghị định",
  "Thông tư liên tịch",
  "Thông tư",
  "Quyết định",
  "Chỉ thị",
  "Quy định",
  "Hướng dẫn",
  "Điều lệ",
];
/** The kind word, then anything up to "số" and the number (no sentence break in between). */
const KIND_BEFORE = new RegExp(`(${KINDS.join("|")})((?:(?![;.]\\s)[^;])*?)\\s*(?:số\\s*)?$`, "u");
const NAMED_KINDS = ["Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Điều lệ"];
/** Where a named kind is written: built once, not for every paragraph. */
const KIND_AT = new RegExp(NAMED_KINDS.join("|"), "gu");

function dateAfter(text: string, at: number): { date?: string; year?: number; end: number } {
  const rest = text.slice(at, at + 60);
  const d = DATE_AFTER.exec(rest);
  if (d) {
    const day = Number(d[1]);
    const month = Number(d[2] ?? d[4]);
    const year = Number(d[3] ?? d[5]);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return { date: iso, year, end: at + d[0].length };
  }
  const y = YEAR_AFTER.exec(rest);
  if (y) return { year: Number(y[1]), end: at + y[0].length };
  return { end: at };
}

export function findCitations(laws: Laws, text: string): Citation[] {
  const out: Citation[] = [];
  const taken: [number, number][] = [];
  for (const m of matchesIn(text, NUMBER)) {
    if (/[\d/]/.test(text[m.index - 1] ?? "")) continue;
    const id = m[1] ? `${m[1]}/${m[2]}/${m[3]}` : `${m[4]}-${m[5]}/${m[6]}`;
    const entry = laws.byId.get(idKey(id));
    if (!entry) continue;
    const end = m.index + m[0].length;
    const after = dateAfter(text, end);
    const before = KIND_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index));
    const c: Citation = { entry, start: m.index, end: after.end, date: after.date, year: after.year };
    if (before) {
      const between = before[2].replace(/\s*số\s*$/u, "").trim();
      const start = m.index - before[0].length;
      if (between === "") {
        c.kind = before[1];
        c.start = start;
      } else if (NAMED_KINDS.includes(before[1]) && !KINDS.some((k) => between.includes(k))) {
        c.kind = before[1];
        c.title = `${before[1]} ${between.replace(/,$/, "")}`;
        c.start = start;
      }
    }
    out.push(c);
    taken.push([c.start, c.end]);
  }
  // Laws and codes by name: the longest known title at each capitalised kind word.
  // Lower-cased and in kiểu cũ only when a kind word is met: most paragraphs cite no law by name.
  let lowered: string | null = null;
  for (const k of matchesIn(text, KIND_AT)) {
    const i = k.index;
    if (isLetterOrMark(text[i - 1] ?? "") || taken.some(([s, e]) => i >= s && i < e)) continue;
    lowered ??= convertToneStyle(text.normalize("NFC").toLowerCase(), "old");
    const low = lowered;
    const key = laws.titleKeys.find((t) => low.startsWith(t, i) && !isLetterOrMark(text[i + t.length] ?? ""));
    if (!key) continue;
    const titleEnd = i + key.length;
    if (/^\s*(?:số\s*)?\d{1,4}\s*[/-]/u.test(text.slice(titleEnd, titleEnd + 12))) continue;
    const after = dateAfter(text, titleEnd);
    const candidates = laws.byTitle.get(key) ?? [];
    const entry =
      (after.date && candidates.find((e) => e.date === after.date)) ||
      (after.year !== undefined && candidates.find((e) => Number(e.date.slice(0, 4)) === after.year)) ||
      (after.year === undefined && candidates.length === 1 ? candidates[0] : undefined);
    if (!entry) continue;
    out.push({ entry, start: i, end: after.end, date: after.date, year: after.year });
    taken.push([i, after.end]);
  }
  return out.sort((a, b) => a.start - b.start);
}
