// What the Thư viện tab keeps in local settings: the base library (cached for offline use), the user's own
// layer (saved before and after every change) and the address it was loaded from. Everything read back is
// validated again, as any file is.
import { VanThuError } from "../../../core/errors";
import { formatIssue, parseLibrary } from "../../../core/library/validate";
import { serializeLibrary } from "../../../core/library/serialize";
import type { ClauseLibrary } from "../../../core/library/types";
import type { SettingsStore } from "../../state/app-context";
import { library as t } from "../../i18n/vi/library";

export const LIBRARY_KEYS = {
  /** { text, source } of the base library. */
  base: "library.base",
  /** The user's layer as library JSON text. */
  layer: "library.layer",
  /** The layer as it was before the latest change (or import). */
  layerPrevious: "library.layer.previous",
  /** The layer version last exported to a file. */
  layerExported: "library.layer.exported",
  url: "library.url",
  values: "library.values",
} as const;

export interface StoredBase {
  text: string;
  /** File name, URL or starter id it came from. */
  source: string;
}

export interface StoredState {
  base: { library: ClauseLibrary; source: string } | null;
  layer: ClauseLibrary | null;
  /** Vietnamese messages for stored data that no longer validates (kept in storage, not overwritten). */
  problems: string[];
}

export function readStored(settings: SettingsStore): StoredState {
  const problems: string[] = [];
  let base: StoredState["base"] = null;
  const storedBase = settings.get<StoredBase>(LIBRARY_KEYS.base);
  if (storedBase && typeof storedBase.text === "string") {
    const result = parseLibrary(storedBase.text);
    if (result.ok) base = { library: result.library, source: storedBase.source };
    else problems.push(t.sources.storedInvalid(t.sources.storedBase, formatIssue(result.issues[0])));
  }
  let layer: ClauseLibrary | null = null;
  const layerText = settings.get<string>(LIBRARY_KEYS.layer);
  if (typeof layerText === "string") {
    const result = parseLibrary(layerText);
    if (result.ok) layer = result.library;
    else problems.push(t.sources.storedInvalid(t.sources.storedLayer, formatIssue(result.issues[0])));
  }
  return { base, layer, problems };
}

/** Cache the base for offline use; false when local storage refuses it (full, or unavailable). */
export function saveBase(settings: SettingsStore, text: string, source: string): boolean {
  try {
    settings.set<StoredBase>(LIBRARY_KEYS.base, { text, source });
    return true;
  } catch {
    return false;
  }
}

/**
 * Keep what is there now as the previous copy, then store the new layer. Throws (and the change is not
 * made) when local storage refuses it, so the pane never shows a layer that is not kept.
 */
export function saveLayer(settings: SettingsStore, next: ClauseLibrary): void {
  try {
    const current = settings.get<string>(LIBRARY_KEYS.layer);
    if (typeof current === "string") settings.set(LIBRARY_KEYS.layerPrevious, current);
    settings.set(LIBRARY_KEYS.layer, serializeLibrary(next));
  } catch {
    throw new VanThuError("io", t.sources.layerNotSaved);
  }
}
