// Provides AppServices to every tab: the host, its capabilities, settings, the organisation profile (kept in
// settings) and the assistant's own undo stack.
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { DocumentHost, HostCapabilities, SavedState } from "../../host/document-host";
import type { OrgProfile } from "../../core/org/types";
import { SETTINGS } from "../settings/keys";
import { AppContext, type AppServices, type SettingsStore, type TabId } from "./app-context";

export interface AppProviderProps {
  host: DocumentHost;
  capabilities: HostCapabilities;
  settings: SettingsStore;
  /** Profile used until the user saves one (the sample office in the preview, an empty one in Word). */
  defaultOrg: OrgProfile;
  goToTab(tab: TabId): void;
  documentName?: string;
  /** Called after every change the app knows of (the preview re-renders the document). */
  onDocumentChanged?(): void;
  children: ReactNode;
}

export function AppProvider(props: AppProviderProps) {
  const { host, capabilities, settings, defaultOrg, goToTab, documentName, onDocumentChanged, children } =
    props;
  const [org, setOrgState] = useState<OrgProfile>(() => settings.get<OrgProfile>(SETTINGS.org) ?? defaultOrg);
  const [undoStack, setUndoStack] = useState<SavedState[]>([]);
  // The latest stack for undoLast, which must not restore the same change twice when clicked quickly.
  const stackRef = useRef<SavedState[]>([]);
  const [revision, setRevision] = useState(0);
  const revisionRef = useRef(0);
  const changedRef = useRef(onDocumentChanged);
  changedRef.current = onDocumentChanged;

  const setOrg = useCallback(
    (next: OrgProfile) => {
      settings.set(SETTINGS.org, next);
      setOrgState(next);
    },
    [settings],
  );

  const replaceStack = (next: SavedState[]) => {
    stackRef.current = next;
    setUndoStack(next);
  };

  const pushUndo = useCallback((saved: SavedState) => replaceStack([saved, ...stackRef.current]), []);

  const documentChanged = useCallback(() => {
    changedRef.current?.();
    setRevision(++revisionRef.current);
    return revisionRef.current;
  }, []);

  const undoLast = useCallback(async () => {
    const [latest, ...rest] = stackRef.current;
    if (!latest) return;
    replaceStack(rest);
    try {
      await host.restore(latest);
    } catch (error) {
      // Nothing was put back: keep the change on the stack so the user can try again.
      replaceStack([latest, ...stackRef.current]);
      throw error;
    } finally {
      documentChanged();
    }
  }, [host, documentChanged]);

  const services = useMemo<AppServices>(
    () => ({
      host,
      capabilities,
      settings,
      org,
      setOrg,
      undoStack,
      pushUndo,
      undoLast,
      documentChanged,
      revision,
      documentName,
      goToTab,
    }),
    [
      host,
      capabilities,
      settings,
      org,
      setOrg,
      undoStack,
      pushUndo,
      undoLast,
      documentChanged,
      revision,
      documentName,
      goToTab,
    ],
  );

  return <AppContext.Provider value={services}>{children}</AppContext.Provider>;
}
