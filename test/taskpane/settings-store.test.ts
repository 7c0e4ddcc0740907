/** @jest-environment jsdom */
import { containerName, createSettingsStore } from "../../src/taskpane/settings/settings-store";

beforeEach(() => window.localStorage.clear());

describe("createSettingsStore", () => {
  test("keeps values in local storage across store instances", () => {
    createSettingsStore().set("org", { agencyName: "ỦY BAN NHÂN DÂN", recipients: [{ name: "VP" }] });
    expect(createSettingsStore().get("org")).toEqual({
      agencyName: "ỦY BAN NHÂN DÂN",
      recipients: [{ name: "VP" }],
    });
  });

  test("returns null for a missing key and after remove", () => {
    const store = createSettingsStore();
    expect(store.get("lastTab")).toBeNull();
    store.set("lastTab", "kiem-tra");
    store.remove("lastTab");
    expect(store.get("lastTab")).toBeNull();
    expect(() => store.remove("never-set")).not.toThrow();
  });

  test("gives date-like strings back as strings", () => {
    const store = createSettingsStore();
    store.set("when", "2020-05-01T00:00:00.000Z");
    expect(store.get("when")).toBe("2020-05-01T00:00:00.000Z");
  });

  test("separates partitions", () => {
    const a = createSettingsStore("https://a.example/?x=(1)");
    const b = createSettingsStore("https://b.example/");
    a.set("lastTab", "thu-vien");
    expect(b.get("lastTab")).toBeNull();
    expect(createSettingsStore().get("lastTab")).toBeNull();
    expect(createSettingsStore("https://a.example/?x=(1)").get("lastTab")).toBe("thu-vien");
    expect(
      Object.keys(window.localStorage).some((k) => k.includes(containerName("https://a.example/?x=(1)"))),
    ).toBe(true);
  });

  test("container names stay regex-safe", () => {
    expect(containerName()).toBe("vanthu");
    expect(containerName("a.b/(c)*")).toMatch(/^vanthu-[A-Za-z0-9_-]+$/);
  });
});
