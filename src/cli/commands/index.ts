import type { Command } from "../command.js";

/** Every command of the CLI, in the order --help lists them. */
export const COMMANDS: Command[] = [];
