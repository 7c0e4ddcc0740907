// Administrative units before and after the reorganisation of 01/7/2025 (two-level local government).

/** The shipped data (src/core/units/data/units-json.ts, JSON in a string), columnar to stay small; see scripts/data/build-units.mjs. */
export interface UnitsData {
  source: string;
  /** "2025-07-01": the day the new units took effect. */
  effective: string;
  /** The date of the list of units before ("2025-03-01"): units merged before it are not in the data. */
  oldAsOf: string;
  /** Unit types by index: "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thị trấn", "Huyện", "Quận", "Thị xã". */
  types: string[];
  /** The 34 provinces: [code, type, name]. */
  provinces: [number, number, string][];
  /** For each of the 34, the UBTVQH resolution that arranged its communes ("1658/NQ-UBTVQH15"). */
  resolutions: string[];
  /** The 63 provinces before: [code, type, name, index of the new province]. */
  oldProvinces: [number, number, string, number][];
  communes: { code: number[]; type: number[]; name: string[]; province: number[] };
  /** Districts before; `into` is set for the five without communes (each became a đặc khu). */
  oldDistricts: {
    code: number[];
    type: number[];
    name: string[];
    province: number[];
    into: (number | number[] | null)[];
  };
}

/** Communes before (shipped apart, parsed on first use); `into` is the index (or indexes) of the new commune(s). */
export interface OldCommunesData {
  code: number[];
  type: number[];
  name: string[];
  district: number[];
  into: (number | number[])[];
}

export type UnitLevel = "province" | "district" | "commune";

export interface Unit {
  /** Official code (mã đơn vị hành chính) as the statistics office writes it: "01", "24", "00004". */
  code: string;
  /** "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thị trấn", "Huyện", "Quận", "Thị xã". */
  type: string;
  /** Bare name: "Bắc Ninh", "Ba Đình". */
  name: string;
  level: UnitLevel;
}

export interface Province extends Unit {
  level: "province";
  /** 0-based index in `Units.provinces`. */
  index: number;
}

export interface Commune extends Unit {
  level: "commune";
  province: Province;
}

export interface OldProvince extends Unit {
  level: "province";
  into: Province;
}

export interface OldDistrict extends Unit {
  level: "district";
  province: OldProvince;
  /** The communes after 01/7/2025 that took in this district's area (computed on first read). */
  readonly into: Commune[];
}

export interface OldCommune extends Unit {
  level: "commune";
  district: OldDistrict;
  into: Commune[];
}

/** The loaded data with its name indexes (keys from `unitKey`). */
export interface Units {
  source: string;
  /** ISO date of the list of units before: a name missing from it may belong to a unit merged earlier. */
  oldAsOf: string;
  /** The 34 provinces after 01/7/2025, in code order. */
  provinces: Province[];
  communes: Commune[];
  oldProvinces: OldProvince[];
  oldDistricts: OldDistrict[];
  /** The 10,047 communes before, built on first read (most checks never need them). */
  readonly oldCommunes: OldCommune[];
  /** The UBTVQH resolution that arranged the communes of a province after 01/7/2025. */
  resolutionOf(province: Province): string;
  provinceByName: Map<string, Province>;
  oldProvinceByName: Map<string, OldProvince>;
  communesByName: Map<string, Commune[]>;
  oldDistrictsByName: Map<string, OldDistrict[]>;
  readonly oldCommunesByName: Map<string, OldCommune[]>;
}
