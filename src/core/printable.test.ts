import assert from "node:assert/strict";
import { test } from "node:test";
import { printable } from "./printable.js";

test("control characters and direction overrides become visible escapes; other text is kept", () => {
  assert.equal(printable("a\nb\r\tc"), "a\\nb\\r\\tc");
  assert.equal(printable("\u001b[31mred\u001b[0m"), "\\x1b[31mred\\x1b[0m");
  assert.equal(printable("invoice\u202Etxt.exe"), "invoice\\u202etxt.exe");
  assert.equal(printable("\u0000\u007f\u0085\u2066x\u2069"), "\\x00\\x7f\\x85\\u2066x\\u2069");
  assert.equal(
    printable("Rapport été 2025 — 13,1 Md$ “OpenAI” 日本"),
    "Rapport été 2025 — 13,1 Md$ “OpenAI” 日本",
  );
});
