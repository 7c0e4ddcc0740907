// The whole document file through the Common API (every Word host): getFileAsync(Compressed) in slices.
// Word on the iPad refuses slices over 64 KB ("Internal Error"), so every host is asked for 64 KB slices. Only
// one file may be open at a time, so the file is closed whatever happens — a failed slice, or an exception in a
// callback — and the promise always settles. getFileAsync can fail outright (Word on the web, error 11001;
// third-party web hosts): the caller then reads the body's OOXML instead (docs/word-behaviour.md, "File bytes").
//
// These are the bytes of the file as Word last saved or synced it; the Word host checks them against the
// paragraph texts on screen before using them (word-host.ts, read).
import { VanThuError } from "../../core/errors";
import type { OfficeApi } from "./office-api";

export const SLICE_SIZE = 64 * 1024;
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
    let settled = false;
    const settle = (err: VanThuError | null, bytes?: Uint8Array): void => {
      if (settled) return;
      settled = true;
      if (err) reject(err);
      else resolve(bytes as Uint8Array);
    };
    try {
      office.context.document.getFileAsync(COMPRESSED, { sliceSize: SLICE_SIZE }, (result) => {
        if (result.status !== SUCCEEDED) {
          settle(fail(result.error?.message));
          return;
        }
        const file = result.value;
        const chunks: Uint8Array[] = [];
        const finish = (err: VanThuError | null): void => {
          try {
            file.closeAsync(() => settle(err, err ? undefined : concat(chunks, file.size)));
          } catch (closeError) {
            settle(err ?? fail((closeError as Error).message));
          }
        };
        const next = (index: number): void => {
          if (index >= file.sliceCount) {
            finish(null);
            return;
          }
          file.getSliceAsync(index, (slice) => {
            try {
              if (slice.status !== SUCCEEDED) {
                finish(fail(slice.error?.message));
                return;
              }
              chunks.push(Uint8Array.from(slice.value.data as ArrayLike<number>));
              onProgress?.(index + 1, file.sliceCount);
              next(index + 1);
            } catch (error) {
              finish(fail((error as Error).message));
            }
          });
        };
        try {
          next(0);
        } catch (error) {
          finish(fail((error as Error).message));
        }
      });
    } catch (error) {
      settle(fail((error as Error).message));
    }
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
