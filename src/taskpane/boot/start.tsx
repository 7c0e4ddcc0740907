// Starts the pane: inside Word against the Word host; outside Office (preview.html, or taskpane.html opened in a
// browser) against the in-memory host with the sample plan, beside a live rendering of it.
import type { ReactNode } from "react";
import type { Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { readDocx } from "../../core/ooxml/read";
import { emptyOrgProfile, sampleOrgProfile } from "../../core/org/defaults";
import { MemoryHost } from "../../host/memory";
// TEMPORARY (h1-foundation): replaced by h2-hosts' WordHost as soon as that branch commits it.
const createWordHost = (): MemoryHost => {
  throw new Error("Bộ kết nối Word chưa sẵn sàng.");
};
import { officeScriptLoaded, waitForOffice, type OfficeEnvironment } from "../../host/word/office-env";
import { App } from "../App";
import { PreviewLayout } from "../preview/PreviewLayout";
import { loadSample } from "../preview/load-sample";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { themeFor } from "../shell/theme";
import { app } from "../i18n/vi/app";
import { StartupScreen } from "./StartupScreen";

const OFFICE_TIMEOUT_MS = 10_000;

export async function start(root: Root): Promise<void> {
  const systemDark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const show = (node: ReactNode, background: string | null = null) =>
    root.render(
      <FluentProvider theme={themeFor(background, systemDark)} style={{ height: "100%" }}>
        {node}
      </FluentProvider>,
    );

  show(<StartupScreen />);
  try {
    if (officeScriptLoaded()) {
      const started = await waitForOffice(OFFICE_TIMEOUT_MS);
      if (started.status === "timeout") return show(<StartupScreen error={app.officeTimeout} />);
      if (started.env.host === "word") return await startInWord(started.env, show);
      if (started.env.host === "other") return show(<StartupScreen error={app.otherHost} />);
    }
    await startPreview(show);
  } catch (error) {
    show(<StartupScreen error={(error as Error).message} />);
  }
}

type Show = (node: ReactNode, background?: string | null) => void;

async function startInWord(env: OfficeEnvironment, show: Show): Promise<void> {
  const settings = createSettingsStore(env.partitionKey);
  const host = createWordHost();
  const capabilities = await host.capabilities();
  show(
    <App
      host={host}
      capabilities={capabilities}
      settings={settings}
      defaultOrg={emptyOrgProfile()}
      initialTab={initialTab(window.location.search, settings)}
    />,
    env.theme?.bodyBackgroundColor ?? null,
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
    <PreviewLayout host={host} initialModel={model}>
      {(onDocumentChanged) => (
        <App
          host={host}
          capabilities={capabilities}
          settings={settings}
          defaultOrg={sampleOrgProfile()}
          initialTab={initialTab(window.location.search, settings)}
          onDocumentChanged={onDocumentChanged}
        />
      )}
    </PreviewLayout>,
  );
}
