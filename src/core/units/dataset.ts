// The shipped units, built once; imported only through the "units" data set loader (its own chunk).
import { OLD_COMMUNES_JSON, UNITS_JSON } from "./data/units-json";
import type { OldCommunesData, UnitsData } from "./types";
import { buildUnits } from "./units";

export const units = buildUnits(
  JSON.parse(UNITS_JSON) as UnitsData,
  () => JSON.parse(OLD_COMMUNES_JSON) as OldCommunesData,
);
