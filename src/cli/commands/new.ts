// TEMPORARY PLACEHOLDER — replaced by the work that owns `vanthu new`.
import type { Command } from "../types";

export const newCommand: Command = {
  name: "new",
  summary: "(chưa có)",
  usage: "vanthu new",
  run: async () => 2,
};
