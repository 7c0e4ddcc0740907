// Waiting for office.js, and the per-document key the settings store uses.
import { VanThuError } from "../../core/errors";
import type { OfficeApi } from "./office-api";

export const OFFICE_READY_TIMEOUT_MS = 10_000;

export interface OfficeReadyInfo {
  host: Office.HostType | null;
  platform: Office.PlatformType | null;
}

/**
 * Resolve when Office is ready, or reject after `timeoutMs` with a Vietnamese message: office.js never resolves
 * onReady when it cannot load its locale strings, and the pane must not hang on that. A slow host (Word on the
 * web on a slow network) can still become ready after the timeout: `onLate` is then called with what onReady
 * gave, so the pane can start after all instead of keeping the error.
 */
export function officeReady(
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  office?: OfficeApi,
  onLate?: (info: OfficeReadyInfo) => void,
): Promise<OfficeReadyInfo> {
  const api = office ?? (typeof Office === "undefined" ? undefined : (Office as unknown as OfficeApi));
  if (!api) {
    return Promise.reject(
      new VanThuError(
        "unsupported",
        "Không tải được thư viện Office (office.js) nên không kết nối được với Word.",
      ),
    );
  }
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(
        new VanThuError(
          "unsupported",
          `Office không sẵn sàng sau ${Math.round(timeoutMs / 1000)} giây; hãy tải lại trang hoặc kiểm tra kết nối mạng.`,
        ),
      );
    }, timeoutMs);
    api.onReady().then(
      (ready) => {
        clearTimeout(timer);
        const info = { host: ready.host ?? null, platform: ready.platform ?? null };
        if (timedOut) onLate?.(info);
        else resolve(info);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/** Office.context.partitionKey: separates the settings of add-in instances sharing an origin (Word on the web). */
export function getPartitionKey(office?: OfficeApi): string {
  const api = office ?? (typeof Office === "undefined" ? undefined : (Office as unknown as OfficeApi));
  return api?.context?.partitionKey ?? "";
}
