import { isWordHost, officeScriptLoaded, officeTheme } from "../../../src/host/word/office-env";

function installOffice(context: Record<string, unknown> = {}) {
  (globalThis as Record<string, unknown>).Office = {
    onReady: () => Promise.resolve({ host: "Word", platform: "PC" }),
    context,
    HostType: { Word: "Word", Excel: "Excel" },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("office-env", () => {
  test("knows whether office.js was loaded", () => {
    expect(officeScriptLoaded()).toBe(false);
    installOffice();
    expect(officeScriptLoaded()).toBe(true);
  });

  test("tells Word from other hosts and from no host", () => {
    installOffice();
    expect(isWordHost("Word" as unknown as Office.HostType)).toBe(true);
    expect(isWordHost("Excel" as unknown as Office.HostType)).toBe(false);
    expect(isWordHost(null)).toBe(false);
  });

  test("reads the Office theme where the host reports it", () => {
    installOffice({ officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" } });
    expect(officeTheme()).toEqual({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" });
  });

  test("gives no theme where the host has none or throws", () => {
    installOffice({});
    expect(officeTheme()).toBeNull();
    const context = {};
    Object.defineProperty(context, "officeTheme", {
      get() {
        throw new Error("not supported");
      },
    });
    installOffice(context);
    expect(officeTheme()).toBeNull();
  });
});
