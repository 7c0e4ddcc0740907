// The shipped laws, indexed once; imported only through the "laws" data set loader (its own chunk).
import data from "./data/laws.json";
import { buildLaws } from "./laws";
import type { LawsData } from "./types";

export const laws = buildLaws(data as LawsData);
