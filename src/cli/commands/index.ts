// Every vanthu subcommand, in the order `vanthu --help` lists them.
import { anniversariesCommand } from "./anniversaries";
import { checkCommand, fixCommand } from "./check";
import { libraryCommand } from "./library";
import { newCommand } from "./new";
import type { Command } from "../types";

export const commands: Command[] = [
  checkCommand,
  fixCommand,
  newCommand,
  anniversariesCommand,
  libraryCommand,
];
