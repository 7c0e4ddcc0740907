// The pane inside Word: the Word host, the user's settings in Word's storage partition, the Office theme.
import { emptyOrgProfile } from "../../core/org/defaults";
import { WordHost, getPartitionKey } from "../../host/word";
import { belowMinimum } from "../../host/word/capabilities";
import type { OfficeApi } from "../../host/word/office-api";
import { officeTheme } from "../../host/word/office-env";
import { App } from "../App";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { loadTab } from "../shell/tab-code";
import { StartupScreen } from "./StartupScreen";
import type { Show } from "./start";

export async function startInWord(show: Show): Promise<void> {
  const tooOld = belowMinimum(Office as unknown as OfficeApi);
  if (tooOld) return show(<StartupScreen error={tooOld} />);
  const settings = createSettingsStore(getPartitionKey() || undefined);
  const tab = initialTab(window.location.search, settings);
  void loadTab(tab).catch(() => undefined);
  const host = new WordHost();
  const capabilities = await host.capabilities();
  show(
    <App
      host={host}
      capabilities={capabilities}
      settings={settings}
      defaultOrg={emptyOrgProfile()}
      initialTab={tab}
    />,
    officeTheme()?.bodyBackgroundColor ?? null,
  );
}
