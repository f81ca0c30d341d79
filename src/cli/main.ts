#!/usr/bin/env node
import { processIo } from "./io.js";
import { program } from "./program.js";

process.exitCode = await program(process.argv.slice(2), processIo());
