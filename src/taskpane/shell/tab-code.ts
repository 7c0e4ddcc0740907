// Each tab's code (and the data it brings: rules, anniversaries, library) loads when the tab is first opened; the
// tab the pane opens on is fetched while the pane starts (loadTab from the boot code), not once the shell renders.
import { createElement, lazy, type ComponentType } from "react";
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
const loaded = new Map<TabId, TabModule>();

/** The tab's module, fetched once; a failed fetch is tried again on the next call. */
export function loadTab(id: TabId): Promise<TabModule> {
  let module = loading.get(id);
  if (!module) {
    module = importers[id]();
    loading.set(id, module);
    module.then(
      (m) => loaded.set(id, m),
      () => loading.delete(id),
    );
  }
  return module;
}

/**
 * The tab's component: its own when its code has arrived (the pane's first tab, fetched while the pane starts,
 * renders at once), else a lazy one that suspends until it has. React.lazy alone always suspends on its first
 * render, which costs the first screen a fallback and a second render.
 */
export function tabComponent(id: TabId): ComponentType {
  const Lazy = lazy(() => loadTab(id));
  function Tab() {
    const Loaded = loaded.get(id)?.default;
    return Loaded ? createElement(Loaded) : createElement(Lazy);
  }
  Tab.displayName = `Tab(${id})`;
  return Tab;
}
