// Which tab the pane opens on: the ribbon button's `?tab=`, else the tab used last, else Soạn thảo.
import type { SettingsStore, TabId } from "../state/app-context";
import { SETTINGS } from "../settings/keys";

export const TAB_IDS: readonly TabId[] = ["soan-thao", "kiem-tra", "ngay-ky-niem", "thu-vien", "cai-dat"];

export function isTabId(value: unknown): value is TabId {
  return typeof value === "string" && (TAB_IDS as readonly string[]).includes(value);
}

export function initialTab(search: string, settings: SettingsStore): TabId {
  const requested = new URLSearchParams(search).get("tab");
  if (isTabId(requested)) return requested;
  const last = settings.get<string>(SETTINGS.lastTab);
  return isTabId(last) ? last : "soan-thao";
}
