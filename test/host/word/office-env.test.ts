import { officeScriptLoaded, waitForOffice } from "../../../src/host/word/office-env";

type ReadyCallback = (info: { host: string | null; platform: string | null }) => void;

function installOffice(onReady: (callback: ReadyCallback) => void, context: Record<string, unknown> = {}) {
  (globalThis as Record<string, unknown>).Office = {
    onReady,
    context,
    HostType: { Word: "Word", Excel: "Excel" },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  jest.useRealTimers();
});

describe("waitForOffice", () => {
  test("reports Word with its partition key and theme", async () => {
    installOffice((cb) => cb({ host: "Word", platform: "OfficeOnline" }), {
      partitionKey: "https://word.example/",
      officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" },
    });
    expect(officeScriptLoaded()).toBe(true);
    await expect(waitForOffice(10_000)).resolves.toEqual({
      status: "ready",
      env: {
        host: "word",
        partitionKey: "https://word.example/",
        theme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" },
      },
    });
  });

  test("reports no host in a plain browser tab", async () => {
    installOffice((cb) => cb({ host: null, platform: null }));
    await expect(waitForOffice(10_000)).resolves.toEqual({
      status: "ready",
      env: { host: null, theme: null },
    });
  });

  test("reports other Office hosts", async () => {
    installOffice((cb) => cb({ host: "Excel", platform: "PC" }), { partitionKey: "" });
    const started = await waitForOffice(10_000);
    expect(started.status === "ready" && started.env.host).toBe("other");
  });

  test("tolerates a host whose officeTheme throws", async () => {
    const context = {};
    Object.defineProperty(context, "officeTheme", {
      get() {
        throw new Error("not supported");
      },
    });
    installOffice((cb) => cb({ host: "Word", platform: "OfficeOnline" }), context);
    const started = await waitForOffice(10_000);
    expect(started.status === "ready" && started.env.theme).toBeNull();
  });

  test("gives up after the timeout when onReady never fires", async () => {
    jest.useFakeTimers();
    installOffice(() => undefined);
    const started = waitForOffice(10_000);
    jest.advanceTimersByTime(10_000);
    await expect(started).resolves.toEqual({ status: "timeout" });
  });

  test("knows when office.js is absent", () => {
    expect(officeScriptLoaded()).toBe(false);
  });
});
