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

  test("reads settings as the earlier office-js-helpers Storage wrote them", () => {
    // Storage.set("org", text) stored JSON.stringify(text) under "@vanthu/org".
    const text = JSON.stringify({ agencyName: "SỞ NỘI VỤ" });
    window.localStorage.setItem("@vanthu/org", JSON.stringify(text));
    window.localStorage.setItem("@vanthu-p_1/lastTab", JSON.stringify(JSON.stringify("thu-vien")));
    expect(createSettingsStore().get("org")).toEqual({ agencyName: "SỞ NỘI VỤ" });
    expect(createSettingsStore("p.1").get("lastTab")).toBe("thu-vien");
    createSettingsStore().set("lastTab", "kiem-tra");
    expect(window.localStorage.getItem("@vanthu/lastTab")).toBe(JSON.stringify(JSON.stringify("kiem-tra")));
  });

  test("a damaged value reads as missing", () => {
    window.localStorage.setItem("@vanthu/org", "{not json");
    expect(createSettingsStore().get("org")).toBeNull();
  });

  test("keeps settings in memory when local storage refuses to write", () => {
    const setItem = jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    const store = createSettingsStore();
    store.set("lastTab", "cai-dat");
    expect(store.get("lastTab")).toBe("cai-dat");
    setItem.mockRestore();
  });

  test("container names stay regex-safe", () => {
    expect(containerName()).toBe("vanthu");
    expect(containerName("a.b/(c)*")).toMatch(/^vanthu-[A-Za-z0-9_-]+$/);
  });
});
