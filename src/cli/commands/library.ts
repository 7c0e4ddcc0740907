// TEMPORARY PLACEHOLDER — replaced by the work that owns `vanthu library`.
import type { Command } from "../types";

export const libraryCommand: Command = {
  name: "library",
  summary: "(chưa có)",
  usage: "vanthu library",
  run: async () => 2,
};
