import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { SEEDS_MISSING, seedsDir } from "../../test/support/paths.js";
import type { AnalysedDocument } from "../core/index.js";
import { collectDocumentFiles, readDocumentFile } from "./files.js";

const dir = seedsDir();
const skip = dir === null ? SEEDS_MISSING : false;

async function seed(prefix: string): Promise<AnalysedDocument> {
  const name = readdirSync(dir!).find((file) => file.startsWith(prefix));
  assert.ok(name, `no seed ${prefix}`);
  const result = await readDocumentFile(join(dir!, name));
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

test("the five seed reports are read, all French with high confidence", { skip }, async () => {
  const { files, issues } = await collectDocumentFiles([dir!]);
  assert.deepEqual(issues, []);
  assert.equal(files.length, 5);
  for (const file of files) {
    const result = await readDocumentFile(file);
    if (!result.ok) assert.fail(result.error.message);
    assert.equal(result.value.language, "fr", file);
    assert.ok(result.value.languageConfidence > 0.8, `${file}: ${result.value.languageConfidence}`);
    assert.ok(result.value.title.length > 10 && result.value.title.length <= 300, file);
  }
});

test("seed 002 loses its trading-app footer, language menu and widget lines", { skip }, async () => {
  const doc = await seed("002_");
  assert.doesNotMatch(doc.text, /Gate app|Gate ne garantit|Trader les cryptos|qrCode|Voir l'original/);
  assert.doesNotMatch(doc.text, /简体中文|Español|Русский|Tiếng Việt|Français \(Afrique\)/);
  assert.doesNotMatch(doc.text, /Récompense|Reposter|0\/400|résumé en cours|^robot$/m);
  assert.match(doc.text, /Ray-Ban/);
  const found = new Set(doc.furniture.map((block) => block.kind));
  for (const kind of ["disclaimer", "app_banner", "language_menu", "social"])
    assert.ok(found.has(kind), kind);
});

test("seed 003 loses its mid-article 'Lire aussi' list and keeps the paragraphs after it", {
  skip,
}, async () => {
  const doc = await seed("003_");
  assert.doesNotMatch(doc.text, /Lire aussi|Netflix|ChatGPT Go/);
  for (const name of ["Stargate", "Jensen Huang", "Andreessen Horowitz"])
    assert.match(doc.text, new RegExp(name));
  assert.deepEqual(
    doc.furniture.map((block) => block.kind),
    ["related_links"],
  );
});

test("seed 001 loses its comment form and gets a publication date inferred in November 2025", {
  skip,
}, async () => {
  const doc = await seed("001_");
  assert.doesNotMatch(
    doc.text,
    /Laisser un commentaire|adresse e-mail|champs obligatoires|article précédent|Partagez|Lire plus/i,
  );
  assert.doesNotMatch(doc.text, /Illustration générée/);
  assert.match(doc.text, /AI cloud/);
  assert.deepEqual([doc.published, doc.publishedHow], ["2025-11", "inferred"]);
});

test("no seed gets a future year as its publication date", { skip }, async () => {
  for (const prefix of ["000_", "001_", "002_", "003_", "004_"]) {
    const doc = await seed(prefix);
    assert.equal(doc.publishedHow, "inferred", prefix);
    assert.ok(
      doc.published !== null && doc.published >= "2023" && doc.published < "2027",
      `${prefix} ${doc.published}`,
    );
  }
});
