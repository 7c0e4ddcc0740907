// The one place that knows how settings are kept: the browser's local storage, in the layout the first versions
// wrote through @microsoft/office-js-helpers' Storage (key `@<container>/<key>`, value the JSON of our own JSON
// text), so settings saved then are read as they are. That package (archived since 2020) was dropped: it brought
// lodash and rxjs (60 KB) into the pane's first load for three calls.
import type { SettingsStore } from "../state/app-context";

/** What the store needs of window.localStorage. */
type KeyValue = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Settings in the browser's local storage, scoped to `partitionKey` when the platform gives one (Word on the
 * web partitions storage per add-in and requires keys to carry it). Falls back to memory when local storage is
 * unavailable (some locked-down webviews), so the pane still works for the session.
 */
export function createSettingsStore(partitionKey?: string): SettingsStore {
  const prefix = `@${containerName(partitionKey)}/`;
  const storage = localStorageOrMemory();
  return {
    get<T>(key: string): T | null {
      const item = storage.getItem(prefix + key);
      if (item === null) return null;
      try {
        const text: unknown = JSON.parse(item);
        return typeof text === "string" ? (JSON.parse(text) as T) : null;
      } catch {
        return null;
      }
    },
    set<T>(key: string, value: T): void {
      storage.setItem(prefix + key, JSON.stringify(JSON.stringify(value)));
    },
    remove(key: string): void {
      storage.removeItem(prefix + key);
    },
  };
}

/** Keys carry the partition; kept to safe characters (the name the earlier Storage gave its container). */
export function containerName(partitionKey?: string): string {
  return partitionKey ? `vanthu-${partitionKey.replace(/[^A-Za-z0-9_-]/g, "_")}` : "vanthu";
}

function localStorageOrMemory(): KeyValue {
  try {
    const storage = window.localStorage;
    // Some webviews expose localStorage but refuse to write to it.
    const probe = "@vanthu-probe";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    const items = new Map<string, string>();
    return {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }
}
