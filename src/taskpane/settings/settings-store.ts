// The one place that knows how settings are kept: @microsoft/office-js-helpers Storage (archived since 2020;
// only its Storage is used). Replacing it means rewriting this file only.
import { Storage, StorageType } from "@microsoft/office-js-helpers";
import type { SettingsStore } from "../state/app-context";

/**
 * Settings in the browser's local storage, scoped to `partitionKey` when the platform gives one (Word on the
 * web partitions storage per add-in and requires keys to carry it). Falls back to memory when local storage is
 * unavailable (some locked-down webviews), so the pane still works for the session.
 */
export function createSettingsStore(partitionKey?: string): SettingsStore {
  const container = containerName(partitionKey);
  let storage: Storage<string>;
  try {
    storage = new Storage<string>(container, StorageType.LocalStorage);
  } catch {
    storage = new Storage<string>(container, StorageType.InMemoryStorage);
  }
  // Values are stored as our own JSON text: Storage's reader turns any date-like string into a Date.
  return {
    get<T>(key: string): T | null {
      const text = storage.get(key);
      if (typeof text !== "string") return null;
      try {
        return JSON.parse(text) as T;
      } catch {
        return null;
      }
    },
    set<T>(key: string, value: T): void {
      storage.set(key, JSON.stringify(value));
    },
    remove(key: string): void {
      if (storage.get(key) !== null) storage.delete(key);
    },
  };
}

/** Storage builds a RegExp from its container name, so keep it to safe characters. */
export function containerName(partitionKey?: string): string {
  return partitionKey ? `vanthu-${partitionKey.replace(/[^A-Za-z0-9_-]/g, "_")}` : "vanthu";
}
