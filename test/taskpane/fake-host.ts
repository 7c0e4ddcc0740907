// A DocumentHost whose every operation is a jest mock, for shell tests that only need to see calls.
import type { DocumentHost, HostCapabilities, SavedState } from "../../src/host/document-host";
import { createModel } from "../../src/core/model/create";

export const memoryCapabilities: HostCapabilities = {
  host: "memory",
  comments: true,
  trackChanges: false,
  openNewDocument: false,
  select: true,
  pageSetup: true,
  reasons: {},
};

export function fakeHost(): jest.Mocked<DocumentHost> {
  const host = {
    capabilities: jest.fn(async () => memoryCapabilities),
    read: jest.fn(async () => createModel({ paragraphs: ["KẾ HOẠCH"] })),
    insert: jest.fn(async () => ({ firstParagraph: 0, saved: null })),
    openNew: jest.fn(async () => undefined),
    select: jest.fn(async () => undefined),
    readSelection: jest.fn(async () => []),
    applyEdits: jest.fn(async () => ({ applied: 0, skipped: [], saved: null })),
    restore: jest.fn(async () => ({ restored: 1, skipped: 0 })),
    addComments: jest.fn(async () => 0),
  };
  return host as unknown as jest.Mocked<DocumentHost>;
}

export function savedState(label: string): SavedState {
  return { id: label, label, createdAt: "2026-01-01T00:00:00.000Z", items: [] };
}
