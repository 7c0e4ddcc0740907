// Every command that writes a file refuses a path that is one of its inputs, however it is spelled: the same
// path, another spelling of it (../, a different case on a case-insensitive disk), a symbolic link or a hard link.
import { closeSync, existsSync, openSync, realpathSync, statSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { VanThuError } from "../core/errors";

/** True when writing to `output` would write over the existing file `input`. */
export function isSameFile(input: string, output: string): boolean {
  if (resolve(input) === resolve(output)) return true;
  if (!existsSync(output) || !existsSync(input)) return false;
  try {
    if (realpathSync(input) === realpathSync(output)) return true;
    const a = statSync(input);
    const b = statSync(output);
    return a.ino === b.ino && a.dev === b.dev;
  } catch {
    return false;
  }
}

/** Throws one Vietnamese sentence when `output` names one of `inputs`. */
export function refuseInputAsOutput(output: string, inputs: readonly string[]): void {
  const input = inputs.find((i) => isSameFile(i, output));
  if (input !== undefined) {
    throw new VanThuError(
      "io",
      `Không ghi đè tệp gốc "${input}": hãy chọn một tên khác cho tệp ra "${output}".`,
    );
  }
}

/** Write `data` to `output` after checking it is none of `inputs`; any failure is one Vietnamese sentence. */
export function writeOutput(
  output: string,
  data: string | Uint8Array | Iterable<string>,
  inputs: readonly string[],
): void {
  refuseInputAsOutput(output, inputs);
  try {
    if (typeof data === "string" || data instanceof Uint8Array) writeFileSync(output, data);
    else {
      const fd = openSync(output, "w");
      try {
        for (const chunk of data) writeSync(fd, chunk);
      } finally {
        closeSync(fd);
      }
    }
  } catch {
    throw new VanThuError("io", `Không ghi được tệp "${output}".`);
  }
}
