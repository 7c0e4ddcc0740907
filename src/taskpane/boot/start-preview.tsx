// The browser preview: the sample plan in the in-memory host, rendered beside the pane.
import { readDocx } from "../../core/ooxml/read";
import { sampleOrgProfile } from "../../core/org/defaults";
import { MemoryHost } from "../../host/memory";
import { App } from "../App";
import { PreviewLayout } from "../preview/PreviewLayout";
import { loadSample, sampleName } from "../preview/load-sample";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { app } from "../i18n/vi/app";
import type { Show } from "./start";

export async function startPreview(show: Show): Promise<void> {
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
