import { DeferredHost } from "../../src/taskpane/preview/deferred-host";
import { MemoryHost } from "../../src/host/memory";
import { memoryCapabilities } from "../../src/host/memory/capabilities";
import { createModel } from "../../src/core/model/create";

const model = () => createModel({ paragraphs: ["KẾ HOẠCH", "Nội dung"] });

describe("DeferredHost", () => {
  test("knows its capabilities before the document is open", async () => {
    const host = new DeferredHost(new Promise(() => undefined), memoryCapabilities());
    expect((await host.capabilities()).host).toBe("memory");
  });

  test("operations made while the document opens wait and then run in the order made", async () => {
    let open!: (host: MemoryHost) => void;
    const memory = new MemoryHost(model());
    const host = new DeferredHost(
      new Promise<MemoryHost>((resolve) => (open = resolve)),
      memoryCapabilities(),
    );
    const inserted = host.insert([{ kind: "paragraph", runs: [{ text: "Thêm một" }] }], "end", "Chèn");
    const edited = host.applyEdits([
      { kind: "replaceText", paragraph: 1, expectedText: "Nội dung", start: 0, end: 3, replacement: "NỘI" },
    ]);
    const read = host.read();
    let settled = false;
    void read.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    open(memory);
    expect((await inserted).firstParagraph).toBe(2);
    expect((await edited).applied).toBe(1);
    expect((await read).paragraphs.map((p) => p.text)).toEqual(["KẾ HOẠCH", "NỘI dung", "Thêm một"]);
  });

  test("a document that cannot be opened fails every operation with that reason", async () => {
    const host = new DeferredHost(
      Promise.reject(new Error("Không tải được văn bản mẫu của bản xem thử: mã 404.")),
      memoryCapabilities(),
    );
    await expect(host.read()).rejects.toThrow("mã 404");
    await expect(host.insert([], "selection")).rejects.toThrow("Không tải được văn bản mẫu");
  });
});
