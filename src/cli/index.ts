// Entry of the CLI bundle (dist-cli/vanthu.mjs): wires main() to the process.
import { main } from "./main";

export function run(argv: string[]): Promise<number> {
  return main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
