// TEMPORARY PLACEHOLDER — replaced by the work that owns `vanthu anniversaries`.
import type { Command } from "../types";

export const anniversariesCommand: Command = {
  name: "anniversaries",
  summary: "(chưa có)",
  usage: "vanthu anniversaries",
  run: async () => 2,
};
