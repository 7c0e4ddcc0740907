// Each tab's code (and the data it brings: rules, anniversaries, library) loads when the tab is first opened; the
// tab the pane opens on is fetched while the pane starts (loadTab from the boot code), not once the shell renders.
import type { ComponentType } from "react";
import type { TabId } from "../state/app-context";

type TabModule = { default: ComponentType };

const importers: Record<TabId, () => Promise<TabModule>> = {
  "soan-thao": () => import(/* webpackChunkName: "tab-soan-thao" */ "../tabs/DraftTab"),
  "kiem-tra": () => import(/* webpackChunkName: "tab-kiem-tra" */ "../tabs/CheckTab"),
  "ngay-ky-niem": () => import(/* webpackChunkName: "tab-ngay-ky-niem" */ "../tabs/AnniversaryTab"),
  "thu-vien": () => import(/* webpackChunkName: "tab-thu-vien" */ "../tabs/LibraryTab"),
  "cai-dat": () => import(/* webpackChunkName: "tab-cai-dat" */ "../tabs/SettingsTab"),
};

const loading = new Map<TabId, Promise<TabModule>>();

/** The tab's module, fetched once; a failed fetch is tried again on the next call. */
export function loadTab(id: TabId): Promise<TabModule> {
  let module = loading.get(id);
  if (!module) {
    module = importers[id]();
    loading.set(id, module);
    module.catch(() => loading.delete(id));
  }
  return module;
}
