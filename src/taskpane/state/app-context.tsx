// What every tab gets: the document host, its capabilities, settings storage and the organisation profile.
import { createContext, useContext } from "react";
import type { DocumentHost, HostCapabilities, SavedState } from "../../host/document-host";
import type { OrgProfile } from "../../core/org/types";

/** Local settings (browser local storage, see settings/settings-store.ts). */
export interface SettingsStore {
  get<T>(key: string): T | null;
  set<T>(key: string, value: T): void;
  remove(key: string): void;
}

export interface AppServices {
  host: DocumentHost;
  capabilities: HostCapabilities;
  settings: SettingsStore;
  org: OrgProfile;
  setOrg(org: OrgProfile): void;
  /** The assistant's own undo stack: the latest change first. */
  undoStack: SavedState[];
  pushUndo(saved: SavedState): void;
  /** Restore the latest change and drop it from the stack. */
  undoLast(): Promise<void>;
  /** Tell the app the document changed (the preview re-renders, tabs may re-read); returns the new revision. */
  documentChanged(): number;
  /** How many changes the pane has made or undone: results read at an older revision are out of date. */
  revision: number;
  /** The open document's file name, when the host knows it (the preview does). */
  documentName?: string;
  /** Switch to another tab ("soan-thao" | "kiem-tra" | "ngay-ky-niem" | "thu-vien" | "cai-dat"). */
  goToTab(tab: TabId): void;
}

export type TabId = "soan-thao" | "kiem-tra" | "ngay-ky-niem" | "thu-vien" | "cai-dat";

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error("useApp outside AppContext");
  return app;
}
