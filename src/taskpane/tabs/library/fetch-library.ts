// Loading a library from an intranet server. The server must send Access-Control-Allow-Origin for the
// add-in's origin (docs/clause-library.md); a file on SharePoint is downloaded and opened as a file instead.
// A download is bounded: at most MAX_LIBRARY_BYTES (checked from Content-Length, then while reading) and
// LIBRARY_TIMEOUT_MS from request to last byte, so a slow or endless answer cannot hang or fill the pane.
import { VanThuError } from "../../../core/errors";
import { decodeLibraryBytes, MAX_LIBRARY_BYTES } from "../../../core/library/validate";
import { library as t } from "../../i18n/vi/library";

export const LIBRARY_TIMEOUT_MS = 30_000;

export function checkLibraryUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new VanThuError("io", t.sources.urlInvalid);
  }
  if (url.protocol !== "https:") throw new VanThuError("io", t.sources.urlNotHttps);
  return url;
}

/** The body's bytes, refused as soon as they pass `limit` (streamed where the webview can, whole otherwise). */
async function readLimited(response: Response, limit: number, tooLarge: () => Error): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit) throw tooLarge();
  const reader = response.body?.getReader?.();
  if (!reader) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.length > limit) throw tooLarge();
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export async function fetchLibraryText(address: string, timeoutMs = LIBRARY_TIMEOUT_MS): Promise<string> {
  const url = checkLibraryUrl(address);
  const controller = typeof AbortController === "function" ? new AbortController() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new VanThuError("io", t.sources.timedOut(url.href, Math.round(timeoutMs / 1000))));
    }, timeoutMs);
  });
  const download = async (): Promise<Uint8Array> => {
    let response: Response;
    try {
      response = await fetch(url.href, {
        mode: "cors",
        credentials: "same-origin",
        cache: "no-cache",
        signal: controller?.signal,
      });
    } catch {
      throw new VanThuError("io", t.sources.fetchFailed(url.href));
    }
    if (!response.ok) throw new VanThuError("io", t.sources.httpFailed(url.href, response.status));
    return readLimited(
      response,
      MAX_LIBRARY_BYTES,
      () => new VanThuError("too-large", t.sources.tooLarge(url.href, MAX_LIBRARY_BYTES / 1024 / 1024)),
    );
  };
  try {
    return decodeLibraryBytes(await Promise.race([download(), timeout]));
  } finally {
    clearTimeout(timer);
  }
}
