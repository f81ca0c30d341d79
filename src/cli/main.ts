#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { processIo } from "./io.js";
import { program } from "./program.js";

// A command lives for a few queries: compiling the embedded PostgreSQL's WebAssembly with the
// baseline compiler only starts it in a third of the time and memory. The server keeps the
// optimising tier for its long life.
if (process.argv[2] !== "serve") setFlagsFromString("--liftoff-only");
// The extractor's large case-insensitive patterns are compiled to native code on first use: with
// V8's default tier-up each is compiled twice (bytecode, then native) and compiled again whenever
// the collector drops its code, which cost a sixth of an extraction's time.
setFlagsFromString("--no-regexp-tier-up");

// A reader that stops early (`| head`) closes the pipe: the output it wanted is written, so exit quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await program(process.argv.slice(2), processIo());
