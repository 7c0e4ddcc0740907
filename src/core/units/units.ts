// Builds the lookup structure over the shipped columnar data: objects for each unit and indexes by name.
import { unitKey } from "./key";
import type { Commune, OldCommune, OldDistrict, OldProvince, Province, Units, UnitsData } from "./types";

const pad = (code: number, width: number) => String(code).padStart(width, "0");
const list = (into: number | number[] | null): number[] =>
  into === null ? [] : Array.isArray(into) ? into : [into];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const at = map.get(key);
  if (at) at.push(value);
  else map.set(key, [value]);
}

export function buildUnits(data: UnitsData): Units {
  const type = (i: number) => data.types[i];
  const provinces: Province[] = data.provinces.map(([code, t, name], index) => ({
    code: pad(code, 2),
    type: type(t),
    name,
    level: "province",
    index,
  }));
  const c = data.communes;
  const communes: Commune[] = c.code.map((code, i) => ({
    code: pad(code, 5),
    type: type(c.type[i]),
    name: c.name[i],
    level: "commune",
    province: provinces[c.province[i]],
  }));
  const oldProvinces: OldProvince[] = data.oldProvinces.map(([code, t, name, into]) => ({
    code: pad(code, 2),
    type: type(t),
    name,
    level: "province",
    into: provinces[into],
  }));
  const d = data.oldDistricts;
  const oldDistricts: OldDistrict[] = d.code.map((code, i) => ({
    code: pad(code, 3),
    type: type(d.type[i]),
    name: d.name[i],
    level: "district",
    province: oldProvinces[d.province[i]],
    into: list(d.into[i]).map((k) => communes[k]),
  }));
  const oc = data.oldCommunes;
  const oldCommunes: OldCommune[] = oc.code.map((code, i) => ({
    code: pad(code, 5),
    type: type(oc.type[i]),
    name: oc.name[i],
    level: "commune",
    district: oldDistricts[oc.district[i]],
    into: list(oc.into[i]).map((k) => communes[k]),
  }));
  // A district's communes went into these new ones (kept in first-seen order, without repeats).
  for (const o of oldCommunes)
    for (const n of o.into) if (!o.district.into.includes(n)) o.district.into.push(n);

  const communesByName = new Map<string, Commune[]>();
  for (const u of communes) push(communesByName, unitKey(u.name), u);
  const oldDistrictsByName = new Map<string, OldDistrict[]>();
  for (const u of oldDistricts) push(oldDistrictsByName, unitKey(u.name), u);
  const oldCommunesByName = new Map<string, OldCommune[]>();
  for (const u of oldCommunes) push(oldCommunesByName, unitKey(u.name), u);
  const oldProvinceByName = new Map(oldProvinces.map((p) => [unitKey(p.name), p]));
  // Renamed before the snapshot the data holds (01/3/2025): Thừa Thiên Huế became Thành phố Huế on 01/01/2025
  // (Nghị quyết 1314/NQ-UBTVQH15); documents keep the old name.
  const hue = oldProvinces.find((p) => p.code === "46");
  if (hue) oldProvinceByName.set(unitKey("Thừa Thiên Huế"), { ...hue, type: "Tỉnh", name: "Thừa Thiên Huế" });
  return {
    source: data.source,
    provinces,
    communes,
    oldProvinces,
    oldDistricts,
    oldCommunes,
    resolutionOf: (p) => data.resolutions[p.index],
    provinceByName: new Map(provinces.map((p) => [unitKey(p.name), p])),
    oldProvinceByName,
    communesByName,
    oldDistrictsByName,
    oldCommunesByName,
  };
}
