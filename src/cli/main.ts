// vanthu: dispatches to the subcommands listed in commands/index.ts. Exit codes: 0 fine, 1 error findings,
// 2 usage errors and unreadable input (commands return their own code).
import { commands } from "./commands/index";
import type { CliIO } from "./types";
import { version } from "../../package.json";

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "Trợ lý Văn thư — kiểm tra và soạn văn bản hành chính theo Nghị định 30/2020/NĐ-CP.",
    "",
    "Cách dùng: vanthu <lệnh> [tham số]",
    "",
    "Các lệnh:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Xem hướng dẫn từng lệnh: vanthu <lệnh> --help",
    "Tuỳ chọn chung: --help, --version",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${version}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`vanthu: không có lệnh "${name}". Gõ "vanthu --help" để xem các lệnh.\n`);
    return 2;
  }
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // A command that throws reports one sentence, never a stack trace.
    io.stderr(`vanthu ${name}: ${(error as Error).message}\n`);
    return 2;
  }
}
