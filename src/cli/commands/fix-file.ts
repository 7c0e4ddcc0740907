// `vanthu fix`: safe fixes (or the listed rules) applied rule by rule through the .docx host, written to a new file.
import { DocxHost } from "../../host/docx";
import { applyFixes } from "../../core/rules/engine";
import type { ProfileId } from "../../core/rules/types";
import { readInput } from "./check";

export interface FixSummary {
  applied: number;
  remainingErrors: number;
  remainingWarnings: number;
}

export async function fixFile(
  input: string,
  output: string,
  options: { profile: ProfileId; rules?: string[] },
): Promise<FixSummary> {
  const host = new DocxHost(readInput(input), input);
  const report = await applyFixes(
    await host.read(),
    async (edits) => {
      await host.applyEdits(edits);
      return host.read();
    },
    options,
  );
  await host.save(output);
  return {
    applied: report.applied.reduce((n, a) => n + a.edits, 0),
    remainingErrors: report.remaining.filter((f) => f.severity === "error").length,
    remainingWarnings: report.remaining.filter((f) => f.severity === "warning").length,
  };
}
