// Builds the lookup structure over the shipped columnar data: objects for each unit and indexes by name. The old
// communes (10,047, three quarters of the data) are parsed and indexed only when a check first asks for them.
import { unitKey } from "./key";
import type {
  Commune,
  OldCommune,
  OldCommunesData,
  OldDistrict,
  OldProvince,
  Province,
  Units,
  UnitsData,
} from "./types";

const pad = (code: number, width: number) => String(code).padStart(width, "0");
const list = (into: number | number[] | null): number[] =>
  into === null ? [] : Array.isArray(into) ? into : [into];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const at = map.get(key);
  if (at) at.push(value);
  else map.set(key, [value]);
}

// The file's names are NFC, single-spaced and in kiểu cũ (the build script sees to it), so lower case is their
// unitKey: the full normalisation of every name would cost more than the rest of the load.
const key = (u: { name: string }) => u.name.toLowerCase();

export function buildUnits(data: UnitsData, loadOldCommunes: () => OldCommunesData): Units {
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

  let old: { communes: OldCommune[]; byName: Map<string, OldCommune[]>; into: Commune[][] } | null = null;
  const d = data.oldDistricts;
  const oldDistricts: OldDistrict[] = d.code.map((code, i) => {
    const preset = d.into[i];
    return {
      code: pad(code, 3),
      type: type(d.type[i]),
      name: d.name[i],
      level: "district",
      province: oldProvinces[d.province[i]],
      // The five districts without communes became đặc khu; the others' area is that of their communes.
      get into(): Commune[] {
        return preset !== null ? list(preset).map((k) => communes[k]) : oldCommunes().into[i];
      },
    };
  });

  function oldCommunes() {
    if (old) return old;
    const oc = loadOldCommunes();
    const into: Commune[][] = oldDistricts.map(() => []);
    const all: OldCommune[] = oc.code.map((code, i) => {
      const target = list(oc.into[i]).map((k) => communes[k]);
      const district = oc.district[i];
      for (const n of target) if (!into[district].includes(n)) into[district].push(n);
      return {
        code: pad(code, 5),
        type: type(oc.type[i]),
        name: oc.name[i],
        level: "commune",
        district: oldDistricts[district],
        into: target,
      };
    });
    const byName = new Map<string, OldCommune[]>();
    for (const u of all) push(byName, key(u), u);
    old = { communes: all, byName, into };
    return old;
  }

  const communesByName = new Map<string, Commune[]>();
  for (const u of communes) push(communesByName, key(u), u);
  const oldDistrictsByName = new Map<string, OldDistrict[]>();
  for (const u of oldDistricts) push(oldDistrictsByName, key(u), u);
  const oldProvinceByName = new Map(oldProvinces.map((p) => [key(p), p]));
  // Renamed before the snapshot the data holds (01/3/2025): Thừa Thiên Huế became Thành phố Huế on 01/01/2025
  // (Nghị quyết 1314/NQ-UBTVQH15); documents keep the old name.
  const hue = oldProvinces.find((p) => p.code === "46");
  if (hue) oldProvinceByName.set(unitKey("Thừa Thiên Huế"), { ...hue, type: "Tỉnh", name: "Thừa Thiên Huế" });
  return {
    source: data.source,
    oldAsOf: data.oldAsOf,
    provinces,
    communes,
    oldProvinces,
    oldDistricts,
    get oldCommunes() {
      return oldCommunes().communes;
    },
    resolutionOf: (p) => data.resolutions[p.index],
    provinceByName: new Map(provinces.map((p) => [key(p), p])),
    oldProvinceByName,
    communesByName,
    oldDistrictsByName,
    get oldCommunesByName() {
      return oldCommunes().byName;
    },
  };
}
