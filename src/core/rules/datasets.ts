// Reference data that some rules need (spelling word lists, administrative units, laws in force). Each set loads on
// first use through a dynamic import, so neither the pane's first bundle nor a CLI run that does not need it carries
// it; once loaded it stays for the session. A rule names the sets it reads in `Rule.datasets`; callers await
// `prepareCheck` (or use `checkAsync`) before the synchronous `check`.
import type { SpellingData } from "../data/spelling";
import type { Laws } from "../laws/types";
import type { Units } from "../units/types";

/** Each shipped data set by key, with the type its loader resolves to. The issue that ships a set adds its key. */
export interface Datasets {
  /** Administrative units before and after 01/7/2025. */
  units: Units;
  /** Legal documents most cited as căn cứ, with what replaced them. */
  laws: Laws;
  /** Syllable lexicon and known confusions (text-spelling). */
  spelling: SpellingData;
}

export type DatasetKey = keyof Datasets;

/** One dynamic import per set: webpack and esbuild split each into its own chunk. */
const loaders: { [K in DatasetKey]: () => Promise<Datasets[K]> } = {
  units: () => import("../units/dataset").then((m) => m.units),
  laws: () => import("../laws/dataset").then((m) => m.laws),
  spelling: () => import("../data/spelling").then((m) => m.spellingData),
};

const loaded: Partial<Datasets> = {};
const pending = new Map<DatasetKey, Promise<unknown>>();

/** Load the named sets (each once, concurrent callers share one load) and return everything loaded so far. */
export async function loadDatasets(keys: Iterable<DatasetKey>): Promise<Partial<Datasets>> {
  await Promise.all(
    [...new Set(keys)].map((key) => {
      if (key in loaded) return undefined;
      const running = pending.get(key);
      if (running) return running;
      const load = (loaders as Record<string, () => Promise<unknown>>)[key]().then((value) => {
        (loaded as Record<string, unknown>)[key] = value;
      });
      // A failed load (a chunk that did not arrive) may be tried again by the next check.
      load.catch(() => pending.delete(key));
      pending.set(key, load);
      return load;
    }),
  );
  return loaded;
}

/** The sets loaded so far (a synchronous check reads only these). */
export function loadedDatasets(): Partial<Datasets> {
  return loaded;
}
