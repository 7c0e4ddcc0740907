// Starts the pane: inside Word against the Word host; outside Office (preview.html, or taskpane.html opened in a
// browser) against the in-memory host with the sample plan, beside a live rendering of it.
import type { ReactNode } from "react";
import type { Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { readDocx } from "../../core/ooxml/read";
import { emptyOrgProfile, sampleOrgProfile } from "../../core/org/defaults";
import { MemoryHost } from "../../host/memory";
import { WordHost, getPartitionKey, officeReady } from "../../host/word";
import { belowMinimum } from "../../host/word/capabilities";
import type { OfficeApi } from "../../host/word/office-api";
import { isWordHost, officeScriptLoaded, officeTheme } from "../../host/word/office-env";
import { App } from "../App";
import { PreviewLayout } from "../preview/PreviewLayout";
import { loadSample, sampleName } from "../preview/load-sample";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { themeFor } from "../shell/theme";
import { app } from "../i18n/vi/app";
import { StartupScreen } from "./StartupScreen";

export async function start(root: Root): Promise<void> {
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const show = (node: ReactNode, background: string | null = null) =>
    root.render(
      <FluentProvider theme={themeFor(background, systemDark)} style={{ height: "100%" }}>
        {node}
      </FluentProvider>,
    );

  show(<StartupScreen />);
  const fail = (error: unknown, onRetry?: () => void) =>
    show(<StartupScreen error={(error as Error).message} onRetry={onRetry} />);
  const inOffice = async (host: Office.HostType | null): Promise<void> => {
    if (isWordHost(host)) return startInWord(show);
    if (host !== null) return show(<StartupScreen error={app.otherHost} />);
    // Outside Office (taskpane.html opened in a browser, office.js loaded but no host): the preview.
    return startPreview(show);
  };
  try {
    if (officeScriptLoaded()) {
      // Rejects with a Vietnamese sentence after 10 s (office.js never resolves onReady when its locale strings
      // 404); the error offers a reload, and an Office that becomes ready later still starts the pane.
      const { host } = await officeReady(undefined, undefined, (late) =>
        inOffice(late.host).catch((error: unknown) => fail(error)),
      );
      return await inOffice(host);
    }
    // Outside Office (preview.html): the preview.
    await startPreview(show);
  } catch (error) {
    fail(error, () => window.location.reload());
  }
}

type Show = (node: ReactNode, background?: string | null) => void;

async function startInWord(show: Show): Promise<void> {
  const tooOld = belowMinimum(Office as unknown as OfficeApi);
  if (tooOld) return show(<StartupScreen error={tooOld} />);
  const settings = createSettingsStore(getPartitionKey() || undefined);
  const host = new WordHost();
  const capabilities = await host.capabilities();
  show(
    <App
      host={host}
      capabilities={capabilities}
      settings={settings}
      defaultOrg={emptyOrgProfile()}
      initialTab={initialTab(window.location.search, settings)}
    />,
    officeTheme()?.bodyBackgroundColor ?? null,
  );
}

async function startPreview(show: Show): Promise<void> {
  const settings = createSettingsStore();
  let bytes: Uint8Array;
  try {
    bytes = await loadSample();
  } catch (error) {
    throw new Error(`${app.preview.sampleMissing}: ${(error as Error).message}`);
  }
  const model = readDocx(bytes);
  const host = new MemoryHost(model);
  const capabilities = await host.capabilities();
  show(
    <PreviewLayout host={host} initialModel={model} initialName={sampleName}>
      {(onDocumentChanged, documentName) => (
        <App
          host={host}
          capabilities={capabilities}
          settings={settings}
          defaultOrg={sampleOrgProfile()}
          initialTab={initialTab(window.location.search, settings)}
          onDocumentChanged={onDocumentChanged}
          documentName={documentName}
        />
      )}
    </PreviewLayout>,
  );
}
