// Render a tab inside AppContext with a memory host and in-memory settings.
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState, type ReactElement, type ReactNode } from "react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { MemoryHost } from "../../src/host/memory/memory-host";
import type { HostCapabilities, SavedState } from "../../src/host/document-host";
import type { DocModel } from "../../src/core/model/types";
import type { OrgProfile } from "../../src/core/org/types";
import { AppContext, type AppServices, type SettingsStore } from "../../src/taskpane/state/app-context";

// Fluent's MessageBar observes its size; jsdom has no ResizeObserver.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom lacks what browsers have: TextDecoder/TextEncoder (the reader and writer) and Blob.text (JSON import).
if (typeof window !== "undefined") {
  const g = globalThis as unknown as Record<string, unknown>;
  g.TextDecoder ??= NodeTextDecoder;
  g.TextEncoder ??= NodeTextEncoder;
  if (!Blob.prototype.text) {
    Blob.prototype.text = function (this: Blob) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    };
  }
}

export function memorySettings(): SettingsStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: <T,>(key: string) => (data.has(key) ? (data.get(key) as T) : null),
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
  };
}

export interface Harness {
  host: MemoryHost;
  services: AppServices;
  undo: SavedState[];
  orgs: OrgProfile[];
}

export async function renderTab(
  tab: ReactElement,
  model: DocModel,
  org: OrgProfile,
  capabilities?: Partial<HostCapabilities>,
): Promise<Harness & ReturnType<typeof render>> {
  const host = new MemoryHost(model);
  const caps = { ...(await host.capabilities()), ...capabilities };
  const undo: SavedState[] = [];
  const orgs: OrgProfile[] = [];
  const services: AppServices = {
    host,
    capabilities: caps,
    settings: memorySettings(),
    org,
    setOrg: (o) => void orgs.push(o),
    undoStack: undo,
    pushUndo: (s) => void undo.unshift(s),
    undoLast: async () => undefined,
    documentChanged: () => 1,
    revision: 0,
    goToTab: () => undefined,
  };
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <WithRevisions services={services}>{tab}</WithRevisions>
    </FluentProvider>,
  );
  return { host, services, undo, orgs, ...utils };
}

/** Keeps the revision as the app does: every documentChanged() makes a new one the tabs see. */
function WithRevisions({ services, children }: { services: AppServices; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const documentChanged = () => {
    setRevision((r) => r + 1);
    return revision + 1;
  };
  return (
    <AppContext.Provider value={{ ...services, revision, documentChanged }}>{children}</AppContext.Provider>
  );
}
