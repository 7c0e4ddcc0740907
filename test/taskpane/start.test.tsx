/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { act, screen, waitFor } from "@testing-library/react";
import { createRoot, type Root } from "react-dom/client";
import { start } from "../../src/taskpane/boot/start";

const sample = readFileSync(join(__dirname, "../../assets/sample/ke-hoach-thi-dua-2017-2020.docx"));
const globals = globalThis as Record<string, unknown>;
let root: Root;

function installOffice(onReady: () => Promise<unknown>, context: Record<string, unknown> = {}) {
  globals.Office = { onReady, context, HostType: { Word: "Word", Excel: "Excel" } };
}

beforeEach(() => {
  window.localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
  root = createRoot(document.getElementById("root")!);
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  delete globals.Office;
  delete globals.fetch;
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe("start", () => {
  test("outside Office, opens the sample plan in the preview", async () => {
    globals.fetch = jest.fn(async () => ({ ok: true, status: 200, arrayBuffer: async () => sample }));
    await act(async () => start(root));
    await waitFor(() => expect(screen.getByTestId("doc-preview").textContent).toContain("KẾ HOẠCH"));
    expect(screen.getByRole("tab", { name: "Soạn thảo" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByText(/Bản xem thử/)).toBeTruthy();
  });

  test("in the preview, the pane is usable before the sample plan arrives", async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    globals.fetch = jest.fn(async () => {
      await arrived;
      return { ok: true, status: 200, arrayBuffer: async () => sample };
    });
    window.history.replaceState(null, "", "/preview.html?tab=soan-thao");
    await act(async () => start(root));
    const panel = await waitFor(() => {
      const found = document.querySelector('[role="tabpanel"][data-tab="soan-thao"] button');
      expect(found).not.toBeNull();
      return found;
    });
    expect(panel).toBeTruthy();
    expect(screen.getByTestId("doc-preview").textContent).toContain("Đang mở văn bản mẫu");
    expect(screen.getByTestId("doc-preview").textContent).not.toContain("KẾ HOẠCH");
    await act(async () => arrive());
    await waitFor(() => expect(screen.getByTestId("doc-preview").textContent).toContain("KẾ HOẠCH"));
    window.history.replaceState(null, "", "/");
  });

  test("says in Vietnamese when the sample cannot be fetched", async () => {
    globals.fetch = jest.fn(async () => ({ ok: false, status: 404 }));
    await act(async () => start(root));
    expect(screen.getByRole("alert").textContent).toContain("Không tải được văn bản mẫu");
    expect(screen.getByRole("alert").textContent).toContain("404");
  });

  test("gives up on Office after 10 seconds with a Vietnamese error", async () => {
    jest.useFakeTimers();
    installOffice(() => new Promise(() => undefined));
    await act(async () => void start(root));
    expect(screen.queryByRole("alert")).toBeNull();
    await act(async () => jest.advanceTimersByTime(9_999));
    expect(screen.queryByRole("alert")).toBeNull();
    await act(async () => jest.advanceTimersByTime(1));
    expect(screen.getByRole("alert").textContent).toContain("Office không sẵn sàng sau 10 giây");
  });

  test("refuses other Office hosts", async () => {
    installOffice(async () => ({ host: "Excel", platform: "PC" }));
    await act(async () => start(root));
    expect(screen.getByRole("alert").textContent).toContain("chỉ chạy trong Microsoft Word");
  });

  test("inside Word, opens on the ?tab= tab and keeps settings under the partition key", async () => {
    window.history.replaceState(null, "", "/taskpane.html?tab=kiem-tra");
    installOffice(async () => ({ host: "Word", platform: "OfficeOnline" }), {
      partitionKey: "word-online-key",
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "WordApi" && version !== "1.4",
      },
      officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" },
      document: {},
    });
    await act(async () => start(root));
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.queryByTestId("doc-preview")).toBeNull();
    await act(async () => screen.getByRole("tab", { name: "Thư viện" }).click());
    const keys = Object.keys(window.localStorage);
    expect(keys.some((k) => k.includes("word-online-key") && k.endsWith("/lastTab"))).toBe(true);
    window.history.replaceState(null, "", "/");
  });

  test("offers a reload after the timeout and still starts when Office becomes ready late", async () => {
    jest.useFakeTimers();
    let ready: (info: unknown) => void = () => undefined;
    installOffice(() => new Promise((resolve) => (ready = resolve)), {
      requirements: { isSetSupported: (name: string) => name === "WordApi" },
      document: {},
    });
    await act(async () => void start(root));
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(screen.getByRole("alert").textContent).toContain("Office không sẵn sàng");
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeTruthy();
    await act(async () => ready({ host: "Word", platform: "OfficeOnline" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toBeTruthy();
  });

  test("below WordApi 1.3, says why in Vietnamese and points to the CLI", async () => {
    installOffice(async () => ({ host: "Word", platform: "PC" }), {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "WordApi" && version === "1.1",
      },
      document: {},
    });
    await act(async () => start(root));
    const alert = screen.getByRole("alert").textContent ?? "";
    expect(alert).toContain("WordApi 1.3");
    expect(alert).toContain("vanthu check");
    expect(screen.queryByRole("tab", { name: "Kiểm tra" })).toBeNull();
  });
});
