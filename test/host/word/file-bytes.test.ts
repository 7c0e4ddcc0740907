import { readFileBytes } from "../../../src/host/word/file-bytes";
import type { OfficeApi } from "../../../src/host/word/office-api";
import { fakeDocument, fakeWord, para } from "./fake-word";

function officeFailing(at: "file" | "slice", closed: string[]): OfficeApi {
  const fail = { status: "failed", error: { message: "Lỗi thử" } };
  return {
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        getFileAsync: ((_t: unknown, _o: unknown, cb: (r: unknown) => void) => {
          if (at === "file") return cb(fail);
          cb({
            status: "succeeded",
            value: {
              size: 2,
              sliceCount: 2,
              getSliceAsync: (_i: number, scb: (r: unknown) => void) => scb(fail),
              closeAsync: (ccb: () => void) => (closed.push("closed"), ccb()),
            },
          });
        }) as Office.Document["getFileAsync"],
      },
    },
    onReady: () => Promise.resolve({ host: null, platform: null }),
  };
}

describe("readFileBytes", () => {
  it("turns a failed getFileAsync into one Vietnamese sentence", async () => {
    await expect(readFileBytes(officeFailing("file", []))).rejects.toThrow(
      "Không đọc được tệp tài liệu từ Word (Lỗi thử).",
    );
  });

  it("closes the file when a slice fails (Word keeps at most two files open)", async () => {
    const closed: string[] = [];
    await expect(readFileBytes(officeFailing("slice", closed))).rejects.toThrow(
      /Không đọc được tệp tài liệu/,
    );
    expect(closed).toEqual(["closed"]);
  });

  it("closes the file and settles when a callback throws, so the next read can open it", async () => {
    const word = fakeWord(fakeDocument([para("A")]), { file: new Uint8Array(100_000) });
    const throwing = () => {
      throw new Error("progress failed");
    };
    await expect(readFileBytes(word.apis.office, throwing)).rejects.toThrow(/progress failed/);
    expect(word.openFiles()).toBe(0);
    expect((await readFileBytes(word.apis.office)).length).toBe(100_000);
  });

  it("asks for 64 KB slices, the iPad's limit", async () => {
    const word = fakeWord(fakeDocument([para("A")]), { file: new Uint8Array(70_000) });
    word.doc.behaviour.maxSliceSize = 64 * 1024;
    const progress: number[][] = [];
    await readFileBytes(word.apis.office, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
