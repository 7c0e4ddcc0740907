// Filling {{variables}}: values come from the organisation profile, or from what the user types at insertion.
import type { OrgProfile } from "../org/types";
import { variablesIn } from "./text-safety";
import { LIBRARY_VARIABLES, type Clause, type LibraryVariable, type Span } from "./types";

export type VariableValues = Partial<Record<LibraryVariable, string>>;

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Proper nouns that keep their capitals when an upper-case agency name is written inside a sentence. */
const PROPER_NOUNS = ["Việt Nam", "Mặt trận Tổ quốc", "Hồ Chí Minh", "Đảng Cộng sản", "Đảng"];

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}

/**
 * An agency name printed in capitals ("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH") as it reads inside a sentence
 * ("Ủy ban nhân dân xã Tân Thành"): sentence case, with the profile's place names and known proper nouns
 * restored. A suggestion only — the user can change it before inserting.
 */
export function agencyInSentence(name: string, keep: string[]): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (trimmed === "" || trimmed !== trimmed.toLocaleUpperCase("vi")) return trimmed;
  let out = capitalise(trimmed.toLocaleLowerCase("vi"));
  for (const noun of [...keep, ...PROPER_NOUNS].filter((n) => n.trim() !== "")) {
    const lower = noun.toLocaleLowerCase("vi");
    // Whole words only, written as the profile or the list spells them.
    const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, "g"), (_, lead: string) => lead + noun);
  }
  return out;
}

/** The five-year period holding a year (2021-2025, 2026-2030, …), the usual span of an emulation plan. */
export function fiveYearPeriod(year: number): string {
  const start = 2021 + 5 * Math.floor((year - 2021) / 5);
  return `${start}-${start + 4}`;
}

/** Values the profile and the date give; a variable the profile cannot answer is left out (asked for). */
export function valuesFromOrg(org: OrgProfile, today: Date): VariableValues {
  const values: VariableValues = {
    nam: String(today.getFullYear()),
    giai_doan: fiveYearPeriod(today.getFullYear()),
  };
  if (org.province.trim()) values.ten_tinh = org.province.trim();
  if (org.commune?.trim()) values.ten_xa = org.commune.trim();
  const agency = agencyInSentence(org.agencyName, [org.province, org.commune ?? "", ...org.names]);
  if (agency) values.co_quan = agency;
  return values;
}

function spansOf(text: string | Span[]): Span[] {
  return typeof text === "string" ? [{ text }] : text;
}

/** Variables a clause uses, in order of first use. */
export function clauseVariables(clause: Clause): LibraryVariable[] {
  const names: string[] = [];
  for (const text of [clause.title, ...clause.content.flatMap((p) => spansOf(p.text).map((s) => s.text))])
    for (const v of variablesIn(text)) if (!names.includes(v)) names.push(v);
  return names.filter((n): n is LibraryVariable => (LIBRARY_VARIABLES as readonly string[]).includes(n));
}

/** A text cut into literal pieces and variables (filled, or still missing). */
export type FilledPiece = { text: string } | { variable: LibraryVariable; value: string | null };

export function fillPieces(text: string, values: VariableValues): FilledPiece[] {
  const pieces: FilledPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) });
    const name = m[1] as LibraryVariable;
    const value = values[name]?.trim();
    pieces.push({ variable: name, value: value ? value : null });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last) });
  return pieces;
}

/** Plain text with variables filled; a missing value stays visible as "[ten_xa]". */
export function fillText(text: string, values: VariableValues): string {
  return fillPieces(text, values)
    .map((p) => ("text" in p ? p.text : (p.value ?? `[${p.variable}]`)))
    .join("");
}

/**
 * The reverse, for saving a selection as a clause: the profile's own names in a text become variables,
 * so the clause serves other offices ("tỉnh Lạng Sơn" → "tỉnh {{ten_tinh}}"). Longest value first.
 */
export function templatize(text: string, values: VariableValues): string {
  const pairs = (["co_quan", "ten_xa", "ten_tinh"] as const)
    .map((name) => [name, values[name]?.trim() ?? ""] as const)
    .filter(([, value]) => value.length >= 3)
    .sort((a, b) => b[1].length - a[1].length);
  let out = text;
  for (const [name, value] of pairs) out = out.split(value).join(`{{${name}}}`);
  return out;
}
