// TEMPORARY PLACEHOLDER — replaced by the work that owns `vanthu check`.
import type { Command } from "../types";

export const fixCommand: Command = { name: "fix", summary: "(chưa có)", usage: "vanthu fix", run: async () => 2 };

export const checkCommand: Command = {
  name: "check",
  summary: "(chưa có)",
  usage: "vanthu check",
  run: async () => 2,
};
