// A library as the JSON text users export and import (two-space indent, NFC, trailing newline).
import type { ClauseLibrary } from "./types";

export function serializeLibrary(library: ClauseLibrary): string {
  return JSON.stringify(library, null, 2).normalize("NFC") + "\n";
}
