import { readFileBytes } from "../../../src/host/word/file-bytes";
import type { OfficeApi } from "../../../src/host/word/office-api";

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
});
