import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { memoryIo } from "../io.js";
import { program } from "../program.js";
import { markSpan, rulesByField } from "./explain.js";
import { guessLanguage } from "./extract.js";

test("extract: an unreadable file is named on stderr, exit 1, the others still run", async () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-"));
  writeFileSync(join(dir, "ok.txt"), "OpenAI grandit.\n");
  const { io, stderr } = memoryIo({ cwd: dir });
  const code = await program(["extract", "missing.txt", "ok.txt", "--lang", "fr"], io);
  assert.equal(code, 1);
  assert.match(stderr(), /missing\.txt: ENOENT/);
  assert.doesNotMatch(stderr(), /ok\.txt: ENOENT/);
});

test("extract: usage errors exit 2", async () => {
  const { io } = memoryIo({ stdin: "texte" });
  assert.equal(await program(["extract", "--lang", "de"], io), 2);
  assert.equal(await program(["extract", "--published", "hier"], io), 2);
  assert.equal(await program(["extract", "--format", "csv"], io), 2);
  assert.equal(await program(["extract", "--gazetteer", "/nonexistent/g.json"], io), 2);
});

test("extract: reads standard input when no file is given", async () => {
  const { io, stdout } = memoryIo({ stdin: "OpenAI grandit." });
  assert.equal(await program(["extract", "--format", "json"], io), 0);
  assert.ok(Array.isArray(JSON.parse(stdout())));
});

test("language guess", () => {
  assert.equal(
    guessLanguage("Selon le Financial Times, les revenus de la société ont atteint 2 milliards."),
    "fr",
  );
  assert.equal(guessLanguage("The company said its revenue reached $2 billion in the quarter."), "en");
});

test("explain: the span is marked inside its sentence; rules are grouped by field", () => {
  const text = "Titre\n\nPremière phrase. OpenAI a perdu 5 milliards de dollars en 2025. Autre phrase.";
  const start = text.indexOf("5 milliards");
  const marked = markSpan(text, start, start + "5 milliards de dollars".length, false);
  assert.equal(marked, "OpenAI a perdu ⟦5 milliards de dollars⟧ en 2025.");
  const rules = rulesByField(
    'metric: "perdu" → net_loss; entity: subject "OpenAI" → OpenAI; merged 2 mentions',
  );
  assert.deepEqual(rules.get("metric"), ['"perdu" → net_loss']);
  assert.deepEqual(rules.get("other"), ["merged 2 mentions"]);
});
