// The browser preview: the sample plan in the in-memory host, rendered beside the pane. The pane renders at once
// against a host that waits for the document; the sample is read (the reader's own chunk, loading meanwhile) once
// the opening tab is shown, so reading it never holds up the pane.
import { sampleOrgProfile } from "../../core/org/defaults";
import { memoryCapabilities } from "../../host/memory/capabilities";
import { App } from "../App";
import { DeferredHost } from "../preview/deferred-host";
import type { OpenedDocument } from "../preview/open-document";
import { PreviewLayout } from "../preview/PreviewLayout";
import { sampleName } from "../preview/load-sample";
import { createSettingsStore } from "../settings/settings-store";
import { initialTab } from "../shell/tabs";
import { loadTab } from "../shell/tab-code";
import { app } from "../i18n/vi/app";
import type { Show } from "./start";

/** `sample`: the sample plan's bytes, being fetched since the page started. */
export function startPreview(show: Show, sample: Promise<Uint8Array>): void {
  const settings = createSettingsStore();
  const tab = initialTab(window.location.search, settings);
  const tabCode = loadTab(tab);
  const reader = import(/* webpackChunkName: "preview-document" */ "../preview/open-document");
  reader.catch(() => undefined);
  let tabShown!: () => void;
  const shown = new Promise<void>((resolve) => {
    tabShown = resolve;
  });
  // A tab whose code cannot load is never shown: the document opens anyway.
  const paneUp = tabCode.then(
    () => shown,
    () => undefined,
  );
  const opening = openSample(sample, reader, paneUp);
  const host = new DeferredHost(
    opening.then((opened) => opened.host),
    memoryCapabilities(),
  );
  show(
    <PreviewLayout opening={opening} initialName={sampleName}>
      {(onDocumentChanged, documentName) => (
        <App
          host={host}
          capabilities={memoryCapabilities()}
          settings={settings}
          defaultOrg={sampleOrgProfile()}
          initialTab={tab}
          onDocumentChanged={onDocumentChanged}
          onTabShown={tabShown}
          documentName={documentName}
        />
      )}
    </PreviewLayout>,
  );
}

async function openSample(
  sample: Promise<Uint8Array>,
  reader: Promise<typeof import("../preview/open-document")>,
  paneUp: Promise<void>,
): Promise<OpenedDocument> {
  try {
    const [bytes, { openDocument }] = await Promise.all([sample, reader]);
    await paneUp;
    return openDocument(bytes);
  } catch (error) {
    throw new Error(`${app.preview.sampleMissing}: ${(error as Error).message}`);
  }
}
