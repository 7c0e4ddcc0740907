// The whole document file through the Common API (every Word host): getFileAsync(Compressed) in slices.
//
// UNVERIFIED: whether these bytes include edits the user has not saved yet could not be checked here (no Word on
// this machine); Microsoft's documentation does not say. The user is protected either way: every edit carries
// the paragraph text read at check time and the Word host re-reads its targets in the same batch before
// changing anything, skipping those that differ (see word-host.ts, applyEdits).
import { VanThuError } from "../../core/errors";
import type { OfficeApi } from "./office-api";

const SLICE_SIZE = 4 * 1024 * 1024;
// Enum values spelled out so this module does not need the Office global at load time.
const COMPRESSED = "compressed" as unknown as Office.FileType;
const SUCCEEDED = "succeeded" as unknown as Office.AsyncResultStatus;

function fail(message?: string): VanThuError {
  return new VanThuError("io", `Không đọc được tệp tài liệu từ Word${message ? ` (${message})` : ""}.`);
}

export function readFileBytes(
  office: OfficeApi,
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    office.context.document.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, (result) => {
      if (result.status !== SUCCEEDED) {
        reject(fail(result.error?.message));
        return;
      }
      const file = result.value;
      const chunks: Uint8Array[] = [];
      const total = file.sliceCount;
      const finish = (err?: VanThuError): void => {
        file.closeAsync(() => (err ? reject(err) : resolve(concat(chunks, file.size))));
      };
      const next = (index: number): void => {
        if (index >= total) {
          finish();
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== SUCCEEDED) {
            finish(fail(slice.error?.message));
            return;
          }
          chunks.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
          onProgress?.(index + 1, total);
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size || chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
