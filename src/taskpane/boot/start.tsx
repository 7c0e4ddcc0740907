// Starts the pane: inside Word against the Word host; outside Office (preview.html, or taskpane.html opened in a
// browser) against the in-memory host with the sample plan, beside a live rendering of it. Each path's code (the
// Word host, or the reader, memory host and document view of the preview) loads only on the path taken.
import type { ReactNode } from "react";
import type { Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { officeReady } from "../../host/word/office-ready";
import { isWordHost, officeScriptLoaded } from "../../host/word/office-env";
import { loadSample } from "../preview/load-sample";
import { requestedTab } from "../shell/tabs";
import { loadTab } from "../shell/tab-code";
import { themeFor, watchSystemLook } from "../shell/theme";
import { app } from "../i18n/vi/app";
import { StartupScreen } from "./StartupScreen";

/** Renders a screen of the pane; `background` is Office's body background colour where known. */
export type Show = (node: ReactNode, background?: string | null) => void;

export async function start(root: Root): Promise<void> {
  let shown: { node: ReactNode; background: string | null } = { node: null, background: null };
  const render = () =>
    root.render(
      <FluentProvider theme={themeFor(shown.background, system.now())} style={{ height: "100%" }}>
        {shown.node}
      </FluentProvider>,
    );
  // The theme follows the system while the pane is open (dark mode, high contrast switched on).
  const system = watchSystemLook(window, render);
  const show: Show = (node, background = null) => {
    shown = { node, background };
    render();
  };

  show(<StartupScreen />);
  // The tab the ribbon button asks for (?tab=) is fetched alongside the start-up code, not after it.
  const requested = requestedTab(window.location.search);
  if (requested) loadTab(requested).catch(() => undefined);
  const fail = (error: unknown, onRetry?: () => void) =>
    show(<StartupScreen error={(error as Error).message} onRetry={onRetry} />);
  // taskpane.html is almost always opened by Word: fetch the Word path while office.js gets ready.
  const wordPath = officeScriptLoaded() ? loadWordPath() : null;
  wordPath?.catch(() => undefined);
  const inOffice = async (host: Office.HostType | null): Promise<void> => {
    if (isWordHost(host)) return (await (wordPath ?? loadWordPath())).startInWord(show);
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

const loadWordPath = () => import(/* webpackChunkName: "boot-word" */ "./start-word");

/** The sample plan is fetched while the preview's code loads. */
async function startPreview(show: Show): Promise<void> {
  const sample = loadSample();
  sample.catch(() => undefined);
  const { startPreview: run } = await import(/* webpackChunkName: "boot-preview" */ "./start-preview");
  run(show, sample);
}
