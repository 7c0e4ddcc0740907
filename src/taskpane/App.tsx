// The task pane shell: tab bar, the assistant's undo button, and the selected tab inside an error boundary.
import { Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from "react";
import {
  Button,
  Spinner,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowUndo20Regular,
  CalendarLtr20Regular,
  DocumentCheckmark20Regular,
  DocumentEdit20Regular,
  Library20Regular,
  Settings20Regular,
  DismissRegular,
} from "@fluentui/react-icons";
import type { DocumentHost, HostCapabilities } from "../host/document-host";
import type { OrgProfile } from "../core/org/types";
import { AppProvider } from "./state/AppProvider";
import { useApp, type SettingsStore, type TabId } from "./state/app-context";
import { ErrorBoundary } from "./shell/ErrorBoundary";
import { TAB_IDS } from "./shell/tabs";
import { tabComponent } from "./shell/tab-code";
import { SETTINGS } from "./settings/keys";
import { app } from "./i18n/vi/app";
import { column } from "./shell/flex-gap";

const DraftTab = tabComponent("soan-thao");
const CheckTab = tabComponent("kiem-tra");
const AnniversaryTab = tabComponent("ngay-ky-niem");
const LibraryTab = tabComponent("thu-vien");
const SettingsTab = tabComponent("cai-dat");

const TABS: Record<TabId, { component: ComponentType; icon: JSX.Element }> = {
  "soan-thao": { component: DraftTab, icon: <DocumentEdit20Regular /> },
  "kiem-tra": { component: CheckTab, icon: <DocumentCheckmark20Regular /> },
  "ngay-ky-niem": { component: AnniversaryTab, icon: <CalendarLtr20Regular /> },
  "thu-vien": { component: LibraryTab, icon: <Library20Regular /> },
  "cai-dat": { component: SettingsTab, icon: <Settings20Regular /> },
};

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // One row of tabs at a Word pane's 350 px: a narrow pane drops the icons and closes the tabs up (the pane's own
  // width decides, not the window's: the preview keeps the pane at 360 px in a wide window); anything still wider
  // scrolls rather than wrapping to a second row.
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    flexShrink: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  compactTabs: {
    paddingInline: 0,
    "& .fui-Tab__icon": { display: "none" },
    // Tabs share what there is; the longest name ("Ngày kỷ niệm") may take two lines rather than push one out.
    "& .fui-Tab": { paddingInline: tokens.spacingHorizontalXXS, flex: "1 1 auto", minWidth: 0 },
    "& .fui-Tab__content": { paddingInline: 0, fontSize: tokens.fontSizeBase200, whiteSpace: "normal" },
  },
  notices: {
    ...column(tokens.spacingVerticalXS),
    padding: tokens.spacingHorizontalS,
  },
  panel: {
    flexGrow: 1,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  host: DocumentHost;
  capabilities: HostCapabilities;
  settings: SettingsStore;
  defaultOrg: OrgProfile;
  initialTab: TabId;
  /** The open document's file name, when known. */
  documentName?: string;
  onDocumentChanged?(): void;
  /** Called once a tab's content has rendered (the preview then reads its document). */
  onTabShown?(): void;
}

export function App(props: AppProps) {
  const { settings } = props;
  const [tab, setTab] = useState<TabId>(props.initialTab);
  const goToTab = useCallback(
    (next: TabId) => {
      settings.set(SETTINGS.lastTab, next);
      setTab(next);
    },
    [settings],
  );
  return (
    <AppProvider
      host={props.host}
      capabilities={props.capabilities}
      settings={settings}
      defaultOrg={props.defaultOrg}
      goToTab={goToTab}
      documentName={props.documentName}
      onDocumentChanged={props.onDocumentChanged}
    >
      <Shell tab={tab} onTabShown={props.onTabShown} />
    </AppProvider>
  );
}

/** Below this pane width the five tabs with their icons no longer fit on one row. */
const COMPACT_BELOW = 520;

function usePaneWidth(): [(el: HTMLDivElement | null) => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el) return;
    setWidth(el.clientWidth);
    observer.current = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.current.observe(el);
  }, []);
  return [ref, width];
}

function Shell({ tab, onTabShown }: { tab: TabId; onTabShown?: () => void }) {
  const styles = useStyles();
  const { goToTab } = useApp();
  const [shellRef, width] = usePaneWidth();
  const Selected = TABS[tab].component;
  return (
    <div className={styles.shell} ref={shellRef}>
      <TabList
        className={mergeClasses(styles.tabs, width !== null && width < COMPACT_BELOW && styles.compactTabs)}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => goToTab(data.value as TabId)}
        aria-label={app.tabListLabel}
      >
        {TAB_IDS.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} icon={TABS[id].icon}>
            {app.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <UndoBar />
      <div className={styles.panel} role="tabpanel" aria-labelledby={`tab-${tab}`} data-tab={tab}>
        <ErrorBoundary key={tab}>
          <Suspense fallback={<Spinner size="small" label={app.loadingTab} />}>
            <Selected />
            <Shown onShown={onTabShown} />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}

/** Tells when it is rendered: inside the tab's Suspense boundary, that is once the tab's content is. */
function Shown({ onShown }: { onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  return null;
}

/** "Hoàn tác thay đổi của Trợ lý": puts back what the latest change replaced. */
function UndoBar() {
  const styles = useStyles();
  const { undoStack, undoLast } = useApp();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  const latest = undoStack[0];
  if (!latest && !notice) return null;

  const undo = async () => {
    setBusy(true);
    try {
      await undoLast();
      setNotice({ intent: "success", text: app.undoDone(latest.label) });
    } catch (error) {
      setNotice({ intent: "error", text: `${app.undoFailed}: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.notices}>
      {latest && (
        <Button
          icon={<ArrowUndo20Regular />}
          appearance="secondary"
          disabled={busy}
          title={app.undoTitle(latest.label)}
          onClick={undo}
        >
          {app.undo}
        </Button>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={app.dismiss}
                icon={<DismissRegular />}
                onClick={() => setNotice(null)}
              />
            }
          />
        </MessageBar>
      )}
    </div>
  );
}
