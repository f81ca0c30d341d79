import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { memoryIo } from "../io.js";
import { program } from "../program.js";
import { markSpan, rulesByField } from "./explain.js";

test("extract: an unreadable file is named on stderr, exit 1, the others still run", async () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-"));
  writeFileSync(join(dir, "ok.txt"), "OpenAI grandit.\n");
  const { io, stderr } = memoryIo({ cwd: dir });
  const code = await program(["extract", "missing.txt", "ok.txt", "--lang", "fr"], io);
  assert.equal(code, 1);
  assert.match(stderr(), /missing\.txt/);
  assert.doesNotMatch(stderr(), /ok\.txt/);
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

test("extract: several files through the documents stage; nothing comes from page furniture", async () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-"));
  writeFileSync(
    join(dir, "a.html"),
    `<html><head><title>Rapport</title><meta property="article:published_time" content="2025-11-04"></head><body>
<article><h1>OpenAI accélère</h1>
<p>OpenAI a réalisé un chiffre d'affaires de 4,3 milliards de dollars au premier semestre de 2025, selon le Financial Times.</p>
<p>Lire aussi :</p><ul><li>Anthropic lève 13 milliards de dollars</li></ul>
<p>Partagez cet article</p></article></body></html>`,
  );
  writeFileSync(
    join(dir, "b.txt"),
    "Anthropic\n\nAnthropic a réalisé un chiffre d'affaires de 5 milliards de dollars en 2025.\n",
  );
  const { io, stdout } = memoryIo({ cwd: dir });
  assert.equal(await program(["extract", "a.html", "b.txt"], io), 0);
  const claims = stdout()
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { document: string; value: { low: number }; entity: string });
  const fromHtml = claims.filter((c) => c.document === "a.html");
  assert.ok(fromHtml.some((c) => c.value.low === 4.3e9));
  assert.ok(!fromHtml.some((c) => c.value.low === 13e9), "a figure from a 'Lire aussi' list was extracted");
  assert.ok(claims.some((c) => c.document === "b.txt" && c.entity === "Anthropic"));
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
