// A memory-host-like fake and in-memory settings for task pane tests of the Thư viện tab.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Block } from "../../src/core/model/blocks";
import { createModel, type ParagraphSpec } from "../../src/core/model/create";
import type { Paragraph } from "../../src/core/model/types";
import { sampleOrgProfile } from "../../src/core/org/defaults";
import type { OrgProfile } from "../../src/core/org/types";
import type { DocumentHost, InsertWhere, SavedState } from "../../src/host/document-host";
import { AppContext, type AppServices, type SettingsStore } from "../../src/taskpane/state/app-context";

// jsdom lacks ResizeObserver, which Fluent UI's MessageBar constructs on mount.
if (typeof window !== "undefined" && typeof window.ResizeObserver === "undefined") {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

export class FakeHost implements DocumentHost {
  inserts: { blocks: Block[]; where: InsertWhere; label?: string }[] = [];
  selection: Paragraph[] = [];

  select(): Promise<void> {
    return Promise.resolve();
  }
  setSelection(specs: (string | ParagraphSpec)[]): void {
    this.selection = createModel({ paragraphs: specs }).paragraphs;
  }
  async capabilities() {
    return {
      host: "memory" as const,
      comments: true,
      trackChanges: false,
      openNewDocument: false,
      select: true,
      pageSetup: true,
      reasons: {},
    };
  }
  async read() {
    return createModel({ paragraphs: [] });
  }
  async insert(blocks: Block[], where: InsertWhere, label?: string) {
    this.inserts.push({ blocks, where, label });
    const saved: SavedState = { id: `s${this.inserts.length}`, label: label ?? "", createdAt: "", items: [] };
    return { firstParagraph: 0, saved };
  }
  async openNew(): Promise<void> {}
  async readSelection(): Promise<Paragraph[]> {
    return this.selection;
  }
  async applyEdits() {
    return { applied: 0, skipped: [], saved: null };
  }
  async restore() {
    return { restored: 0, skipped: 0 };
  }
  async addComments() {
    return 0;
  }
}

export class MemorySettings implements SettingsStore {
  data = new Map<string, string>();
  get<T>(key: string): T | null {
    const v = this.data.get(key);
    return v === undefined ? null : (JSON.parse(v) as T);
  }
  set<T>(key: string, value: T): void {
    this.data.set(key, JSON.stringify(value));
  }
  remove(key: string): void {
    this.data.delete(key);
  }
}

export function renderWithApp<H extends DocumentHost = FakeHost>(
  ui: ReactElement,
  options: { host?: H; settings?: MemorySettings; org?: OrgProfile } = {},
) {
  const host = options.host ?? (new FakeHost() as unknown as H);
  const settings = options.settings ?? new MemorySettings();
  const services: AppServices = {
    host,
    capabilities: {
      host: "memory",
      comments: true,
      trackChanges: false,
      openNewDocument: false,
      select: true,
      pageSetup: true,
      reasons: {},
    },
    settings,
    org: options.org ?? sampleOrgProfile(),
    setOrg: jest.fn(),
    undoStack: [],
    pushUndo: jest.fn(),
    undoLast: jest.fn(),
    documentChanged: jest.fn(() => 1),
    revision: 0,
    goToTab: jest.fn(),
  };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <AppContext.Provider value={services}>{ui}</AppContext.Provider>
    </FluentProvider>,
  );
  return { ...result, host, settings, services };
}
