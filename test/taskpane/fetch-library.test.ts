// A library download is bounded in size and time, and its bytes must be UTF-8.
import { fetchLibraryText } from "../../src/taskpane/tabs/library/fetch-library";
import { MAX_LIBRARY_BYTES } from "../../src/core/library/validate";

const URL_ = "https://intranet.example.vn/thu-vien.json";

interface FakeBody {
  contentLength?: number;
  chunks?: Uint8Array[];
  whole?: Uint8Array;
}

function answer({ contentLength, chunks, whole }: FakeBody): Response {
  const queue = [...(chunks ?? [])];
  return {
    ok: true,
    status: 200,
    headers: {
      get: (name: string) => (name === "content-length" ? (contentLength?.toString() ?? null) : null),
    },
    body: chunks
      ? {
          getReader: () => ({
            read: async () =>
              queue.length ? { done: false, value: queue.shift() } : { done: true, value: undefined },
            cancel: async () => undefined,
          }),
        }
      : null,
    arrayBuffer: async () => (whole ?? new Uint8Array(0)).buffer,
  } as unknown as Response;
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  jest.useRealTimers();
});

describe("fetchLibraryText", () => {
  it("refuses a declared size over the limit before reading", async () => {
    globalThis.fetch = jest.fn(async () => answer({ contentLength: MAX_LIBRARY_BYTES + 1, chunks: [] }));
    await expect(fetchLibraryText(URL_)).rejects.toThrow(/lớn hơn 8 MB/);
  });

  it("stops reading an undeclared body once it passes the limit", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const chunks = Array.from({ length: 20 }, () => chunk);
    globalThis.fetch = jest.fn(async () => answer({ chunks }));
    await expect(fetchLibraryText(URL_)).rejects.toThrow(/lớn hơn 8 MB/);
  });

  it("refuses a whole body over the limit where the webview cannot stream", async () => {
    globalThis.fetch = jest.fn(async () => answer({ whole: new Uint8Array(MAX_LIBRARY_BYTES + 1) }));
    await expect(fetchLibraryText(URL_)).rejects.toThrow(/lớn hơn 8 MB/);
  });

  it("gives up on a server that never answers", async () => {
    jest.useFakeTimers();
    let aborted = false;
    globalThis.fetch = jest.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>(() => init?.signal?.addEventListener("abort", () => (aborted = true))),
    ) as unknown as typeof fetch;
    const loading = fetchLibraryText(URL_, 30_000);
    jest.advanceTimersByTime(30_000);
    await expect(loading).rejects.toThrow(/quá 30 giây/);
    expect(aborted).toBe(true);
  });

  it("refuses bytes that are not UTF-8 and reads those that are", async () => {
    globalThis.fetch = jest.fn(async () => answer({ chunks: [new Uint8Array([0x7b, 0xff, 0x7d])] }));
    await expect(fetchLibraryText(URL_)).rejects.toThrow(/UTF-8/);
    const json = new TextEncoder().encode('{"name":"Thư viện"}');
    globalThis.fetch = jest.fn(async () => answer({ chunks: [json.subarray(0, 10), json.subarray(10)] }));
    await expect(fetchLibraryText(URL_)).resolves.toBe('{"name":"Thư viện"}');
  });
});
