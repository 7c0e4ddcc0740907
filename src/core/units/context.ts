// Which provinces a document is about: the organisation's, and those its header, place line and text name. Commune
// names repeat across the country ("xã Tân Lập"), so commune checks look in these provinces first.
import { unitKey } from "./key";
import { findMentions } from "./mentions";
import type { Province, Units } from "./types";

/** A province after 01/7/2025 by a name written before or after it (an old name gives the province it joined). */
export function currentProvince(units: Units, name: string): Province | null {
  const key = unitKey(name.replace(/^(?:tỉnh|thành phố|tp\.)\s+/iu, ""));
  return units.provinceByName.get(key) ?? units.oldProvinceByName.get(key)?.into ?? null;
}

export function provinceContext(units: Units, texts: string[], orgProvince?: string): Set<Province> {
  const found = new Set<Province>();
  const add = (p: Province | null) => {
    if (p) found.add(p);
  };
  if (orgProvince) add(currentProvince(units, orgProvince));
  const known = (k: string, key: string) =>
    (k === "tỉnh" || k === "thành phố") &&
    (units.provinceByName.has(key) || units.oldProvinceByName.has(key));
  for (const text of texts) for (const m of findMentions(text, known)) add(currentProvince(units, m.name));
  return found;
}
