// Which tab the pane opens on: the ribbon button's `?tab=`, else the tab used last, else Soạn thảo.
import type { SettingsStore, TabId } from "../state/app-context";
import { SETTINGS } from "../settings/keys";

export const TAB_IDS: readonly TabId[] = ["soan-thao", "kiem-tra", "ngay-ky-niem", "thu-vien", "cai-dat"];

export function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

/**
 * The tab `?tab=` asks for (the ribbon buttons' URLs), if it names one. Read without URLSearchParams, whose polyfill
 * would otherwise come into the legacy build's entry (start.tsx asks this before anything else loads).
 */
export function requestedTab(search: string): TabId | null {
  const value = /[?&]tab=([^&#]*)/.exec(search)?.[1];
  return isTabId(value) ? value : null;
}

export function initialTab(search: string, settings: SettingsStore): TabId {
  const requested = requestedTab(search);
  if (requested) return requested;
  const last = settings.get<string>(SETTINGS.lastTab);
  return isTabId(last) ? last : "soan-thao";
}
