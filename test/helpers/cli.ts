// Run `vanthu` in-process as the command line would, collecting what it prints.
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/types";

export async function vanthu(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
