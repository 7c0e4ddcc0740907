// A CLI subcommand of vanthu.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Command {
  name: string;
  /** Full usage text for `vanthu <name> --help`. */
  usage: string;
  /** Returns the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** What `vanthu --help` lists; the command itself loads on demand. */
export interface CommandEntry {
  name: string;
  /** One Vietnamese line for `vanthu --help`. */
  summary: string;
  load(): Promise<Command>;
}
