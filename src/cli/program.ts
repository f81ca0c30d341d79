import { parseArgs } from "node:util";
import { FrontierError, isFrontierError, printable } from "../core/index.js";
import type { Command } from "./command.js";
import { COMMANDS, type CommandEntry } from "./commands/index.js";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, exitCodeFor } from "./exit-codes.js";
import type { CliIo } from "./io.js";

const PROGRAM = "frontier-ledger";

function findCommand(args: string[]): { entry: CommandEntry; rest: string[] } | null {
  const two = args.slice(0, 2).join(" ");
  const byTwo = COMMANDS.find((c) => c.name === two);
  if (byTwo) return { entry: byTwo, rest: args.slice(2) };
  const byOne = COMMANDS.find((c) => c.name === args[0]);
  if (byOne) return { entry: byOne, rest: args.slice(1) };
  return null;
}

export function renderCommandHelp(command: Command): string {
  const lines = [`${PROGRAM} ${command.name} ${command.usage}`.trimEnd(), "", command.summary, ""];
  const names = Object.keys(command.options);
  if (names.length > 0) {
    lines.push("Options:");
    for (const name of names) {
      const spec = command.options[name]!;
      const flag = `--${name}${spec.type === "string" ? " VALUE" : ""}`;
      lines.push(`  ${flag.padEnd(24)} ${command.help[name] ?? ""}`.trimEnd());
    }
    lines.push(`  ${"--help".padEnd(24)} show this help`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderProgramHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const lines = [
    `${PROGRAM}: evidence-backed claims and Monte Carlo models from reporting on frontier-AI build-outs`,
    "",
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)} ${c.summary}`),
    "",
    `Run '${PROGRAM} <command> --help' for a command's options. Exit codes: 0 ok, 1 some inputs failed, 2 usage error.`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The whole CLI as a function: argv (without node and script) in, exit code out. */
export async function program(argv: string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.stdout(renderProgramHelp());
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (argv[0] === "--version") {
    io.stdout("0.1.0\n");
    return EXIT_OK;
  }
  const found = findCommand(argv);
  if (!found) {
    io.stderr(
      `${PROGRAM}: unknown command '${printable(argv.slice(0, 2).join(" "))}'. Run '${PROGRAM} --help'.\n`,
    );
    return EXIT_USAGE;
  }
  const { rest } = found;
  const command = await found.entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(renderCommandHelp(command));
    return EXIT_OK;
  }
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new FrontierError("usage", (error as Error).message);
    }
    return await command.run({ io, values: parsed.values, positionals: parsed.positionals });
  } catch (error) {
    if (isFrontierError(error)) {
      io.stderr(`${PROGRAM} ${command.name}: ${printable(error.message)}\n`);
      if (error.code === "usage") io.stderr(`Usage: ${PROGRAM} ${command.name} ${command.usage}\n`);
      return exitCodeFor(error.code);
    }
    io.stderr(`${PROGRAM} ${command.name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

export { EXIT_USAGE };
