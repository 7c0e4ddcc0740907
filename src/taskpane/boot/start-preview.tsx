// The browser preview: the sample plan in the in-memory host, rendered beside the pane.
import { readDocx } from "../../core/ooxml/read";
import { sampleOrgProfile } from "../../core/org/defaults";
import { MemoryHost } from "../../host/memory";
import { App } from "../App";
import { PreviewLayout } from "../preview/PreviewLayout";
import { sampleName } from "../preview/load-sample";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { loadTab } from "../shell/tab-code";
import { app } from "../i18n/vi/app";
import type { Show } from "./start";

/** `sample`: the sample plan's bytes, being fetched since the page started. */
export async function startPreview(show: Show, sample: Promise<Uint8Array>): Promise<void> {
  const settings = createSettingsStore();
  const tab = initialTab(window.location.search, settings);
  void loadTab(tab).catch(() => undefined);
  let bytes: Uint8Array;
  try {
    bytes = await sample;
  } catch (error) {
    throw new Error(`${app.preview.sampleMissing}: ${(error as Error).message}`);
  }
  const model = readDocx(bytes);
  const host = new MemoryHost(model, undefined, bytes);
  const capabilities = await host.capabilities();
  show(
    <PreviewLayout host={host} initialModel={model} initialName={sampleName}>
      {(onDocumentChanged, documentName) => (
        <App
          host={host}
          capabilities={capabilities}
          settings={settings}
          defaultOrg={sampleOrgProfile()}
          initialTab={tab}
          onDocumentChanged={onDocumentChanged}
          documentName={documentName}
        />
      )}
    </PreviewLayout>,
  );
}
