/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for `extract` without files). */
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

/** Collects output in memory: for in-process CLI tests. */
export function memoryIo(
  options: { stdin?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ""),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTTY: false,
  };
  return {
    io,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}
