import assert from "node:assert/strict";
import { test } from "node:test";
import { COMMANDS } from "./index.js";

test("the command list's names and summaries are the loaded commands' own", async () => {
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.equal(command.name, entry.name);
    assert.equal(command.summary, entry.summary, `summary of ${entry.name}`);
  }
  assert.equal(new Set(COMMANDS.map((c) => c.name)).size, COMMANDS.length);
});
