// The shipped units, built once; imported only through the "units" data set loader (its own chunk).
import data from "./data/units.json";
import type { UnitsData } from "./types";
import { buildUnits } from "./units";

export const units = buildUnits(data as unknown as UnitsData);
