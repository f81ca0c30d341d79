#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { processIo } from "./io.js";
import { program } from "./program.js";

// A command lives for a few queries: compiling the embedded PostgreSQL's WebAssembly with the
// baseline compiler only starts it in a third of the time and memory. The server keeps the
// optimising tier for its long life.
if (process.argv[2] !== "serve") setFlagsFromString("--liftoff-only");

// A reader that stops early (`| head`) closes the pipe: the output it wanted is written, so exit quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await program(process.argv.slice(2), processIo());
