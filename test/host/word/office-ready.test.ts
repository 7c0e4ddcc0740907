import { OfficeMockObject } from "office-addin-mock";
import type { OfficeApi } from "../../../src/host/word/office-api";
import { getPartitionKey, officeReady } from "../../../src/host/word/office-ready";

function officeWith(onReady: () => Promise<unknown>, partitionKey?: string): OfficeApi {
  return {
    context: {
      partitionKey,
      document: {} as OfficeApi["context"]["document"],
      requirements: { isSetSupported: () => true },
    },
    onReady,
  } as OfficeApi;
}

describe("officeReady", () => {
  afterEach(() => jest.useRealTimers());

  it("resolves with the host when Office is ready", async () => {
    const office = officeWith(() => Promise.resolve({ host: "Word", platform: "PC" }));
    await expect(officeReady(10_000, office)).resolves.toEqual({ host: "Word", platform: "PC" });
  });

  it("rejects with a Vietnamese message when onReady never resolves", async () => {
    jest.useFakeTimers();
    const pending = officeReady(
      10_000,
      officeWith(() => new Promise(() => undefined)),
    );
    jest.advanceTimersByTime(10_000);
    await expect(pending).rejects.toThrow(
      "Office không sẵn sàng sau 10 giây; hãy tải lại trang hoặc kiểm tra kết nối mạng.",
    );
  });

  it("hands a ready that comes after the timeout to onLate instead of dropping it", async () => {
    jest.useFakeTimers();
    let ready: (info: unknown) => void = () => undefined;
    const late = jest.fn();
    const pending = officeReady(
      10_000,
      officeWith(() => new Promise((resolve) => (ready = resolve))),
      late,
    );
    jest.advanceTimersByTime(10_000);
    await expect(pending).rejects.toThrow("Office không sẵn sàng");
    ready({ host: "Word", platform: "OfficeOnline" });
    await Promise.resolve();
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith({ host: "Word", platform: "OfficeOnline" });
  });

  it("rejects at once when office.js is not loaded at all", async () => {
    await expect(officeReady(10)).rejects.toThrow(/office\.js/);
  });
});

describe("getPartitionKey", () => {
  it("reads Office.context.partitionKey and is empty when absent", () => {
    expect(getPartitionKey(officeWith(() => Promise.resolve({}), "tenant-1"))).toBe("tenant-1");
    expect(getPartitionKey(officeWith(() => Promise.resolve({})))).toBe("");
    expect(getPartitionKey()).toBe("");
  });
});

describe("office-addin-mock under jest", () => {
  it("loads through the office-addin-manifest stub and mocks a Word object model", async () => {
    const mock = new OfficeMockObject({ context: { document: { body: { text: "Kính gửi" } } } });
    const context = (
      mock as unknown as { context: { document: { body: { text: string; load(p: string): void } } } }
    ).context;
    expect(context.document.body.text).not.toBe("Kính gửi");
    context.document.body.load("text");
    await mock.sync();
    expect(context.document.body.text).toBe("Kính gửi");
  });
});
