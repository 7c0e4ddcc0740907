// The laws data with its indexes, and what drafting asks of it: the documents in force on a date, on a topic, as
// căn cứ lines ("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;").
import { foldForSearch } from "../vietnamese/fold";
import { convertToneStyle } from "../vietnamese/tone";
import type { LawEntry, Laws, LawsData } from "./types";

/** "Luật Thi đua, Khen thưởng" and "luật thi đua, khen thưởng" → one key (case, tone placement, spaces). */
export function lawKey(title: string): string {
  return convertToneStyle(title.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim(), "old");
}

export function buildLaws(data: LawsData): Laws {
  const byTitle = new Map<string, LawEntry[]>();
  for (const e of data.laws) {
    const key = lawKey(e.title);
    const list = byTitle.get(key);
    if (list) list.push(e);
    else byTitle.set(key, [e]);
  }
  return {
    entries: data.laws,
    byId: new Map(data.laws.map((e) => [idKey(e.id), e])),
    byTitle,
    titleKeys: [...byTitle.keys()].sort((a, b) => b.length - a.length),
  };
}

/** "06/2022/QH15" and "6/2022/qh15" → one key. */
export function idKey(id: string): string {
  return id
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/^0+(?=\d)/, "");
}

/** ISO date of a day. */
export function isoDate(d: { day: number; month: number; year: number }): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** "2022-06-15" → "15/6/2022", as NĐ 30 writes dates in text (a zero before days 1–9 and months 1–2). */
export function showDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${String(d).padStart(2, "0")}/${m < 3 ? `0${m}` : m}/${y}`;
}

export function inForce(e: LawEntry, iso: string): boolean {
  return e.effective <= iso && (!e.replacedFrom || e.replacedFrom > iso);
}

/** What replaced an entry as of a date, following the chain (a replacement replaced in turn). */
export function replacementsAt(laws: Laws, e: LawEntry, iso: string): (LawEntry | string)[] {
  const out: (LawEntry | string)[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const next = laws.byId.get(idKey(id));
    if (next?.replacedFrom && next.replacedFrom <= iso && next.replacedBy) next.replacedBy.forEach(visit);
    else out.push(next ?? id);
  };
  (e.replacedBy ?? []).forEach(visit);
  return out;
}

const KIND_ORDER = [
  "Hiến pháp",
  "Bộ luật",
  "Luật",
  "Pháp lệnh",
  "Nghị quyết",
  "Nghị định",
  "Quyết định",
  "Thông tư",
];

/**
 * The documents in force on a date (ISO), optionally on a topic (words of the title, diacritics ignored), in the
 * order căn cứ lines go: Hiến pháp, codes and laws, ordinances, resolutions, decrees, decisions, circulars; then
 * oldest first (a law before the laws amending it). Party documents come last.
 */
export function currentLaws(laws: Laws, iso: string, topic = ""): LawEntry[] {
  const words = foldForSearch(topic).split(" ").filter(Boolean);
  const rank = (e: LawEntry) => {
    const i = KIND_ORDER.indexOf(e.kind);
    return i === -1 ? KIND_ORDER.length : i;
  };
  return laws.entries
    .filter((e) => inForce(e, iso))
    .filter((e) => words.every((w) => foldForSearch(e.title).includes(w)))
    .sort((a, b) => rank(a) - rank(b) || a.date.localeCompare(b.date));
}

/** "Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định số 98/2023/NĐ-CP": how a finding names a document. */
export function lawName(e: LawEntry): string {
  if (!e.number) return `${e.title} năm ${e.date.slice(0, 4)}`;
  return NAMED.includes(e.kind) ? `${e.title} số ${e.number}` : `${e.kind} số ${e.number}`;
}

/** Kinds cited by their name (laws, codes, ordinances); others by kind and number. */
const NAMED = ["Bộ luật", "Luật", "Pháp lệnh"];

/**
 * The căn cứ line for a document: the Hiến pháp and the Điều lệ by name, laws and codes by name and date, other
 * documents by kind, number, date, issuer and the rest of their title (as the catalogue's `basis` rule asks).
 */
export function basisLine(e: LawEntry): string {
  const [y, m, d] = e.date.split("-").map(Number);
  const when = `ngày ${String(d).padStart(2, "0")} tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
  if (!e.number) return `Căn cứ ${e.title};`;
  if (NAMED.includes(e.kind)) return `Căn cứ ${e.title} ${when};`;
  const rest = e.title.startsWith(e.kind) ? e.title.slice(e.kind.length).trim() : e.title;
  return `Căn cứ ${e.kind} số ${e.number} ${when} của ${e.issuer} ${rest};`;
}
