// Names the text rules leave as written: the state's name, the organisation profile's names, and any names a
// profile or a loaded data set hands a rule through its `knownNames` option (administrative units, laws…).
import type { RuleContext } from "./types";

/** The state's name keeps its exact spelling wherever it is written (the Quốc hiệu's fixed text). */
const FIXED_NAMES = ["Cộng hòa xã hội chủ nghĩa Việt Nam"];

/** Lower-cased NFC names to leave alone in this check. */
export function protectedNames(ctx: RuleContext): string[] {
  const org = ctx.org;
  const fromOrg = org ? [...org.names, org.agencyName, org.parentAgency, org.signer.collective ?? ""] : [];
  const known = Array.isArray(ctx.options.knownNames)
    ? ctx.options.knownNames.filter((n): n is string => typeof n === "string")
    : [];
  return [...FIXED_NAMES, ...fromOrg, ...known]
    .map((n) => n.trim().normalize("NFC").toLowerCase())
    .filter((n) => n.length > 0);
}

/** Where the names occur in a text, as [start, end) spans. */
export function nameSpans(text: string, names: string[]): [number, number][] {
  const lower = text.normalize("NFC").toLowerCase();
  const spans: [number, number][] = [];
  for (const name of names) {
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + name.length)) {
      spans.push([at, at + name.length]);
    }
  }
  return spans;
}

/** True when [start, end) overlaps one of the spans. */
export const inSpans = (spans: [number, number][], start: number, end: number): boolean =>
  spans.some(([s, e]) => start < e && s < end);
