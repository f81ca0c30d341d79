import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { projectRoot, SEEDS_MISSING, seedsDir } from "../../test/support/paths.js";
import type { AnalysedDocument } from "../core/index.js";
import { collectDocumentFiles, readDocumentFile } from "./files.js";

const demo = join(projectRoot(), "corpus", "demo");

async function demoDocuments(): Promise<AnalysedDocument[]> {
  const { files, issues } = await collectDocumentFiles([demo]);
  assert.deepEqual(issues, []);
  const documents: AnalysedDocument[] = [];
  for (const file of files) {
    const result = await readDocumentFile(file);
    if (!result.ok) assert.fail(result.error.message);
    documents.push(result.value);
  }
  return documents;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

test("the demo corpus: six reports, both languages, every format, dated, 150-400 words", async () => {
  const documents = await demoDocuments();
  assert.equal(documents.length, 6);
  assert.ok(documents.filter((doc) => doc.language === "en").length >= 2);
  assert.ok(documents.filter((doc) => doc.language === "fr").length >= 2);
  assert.deepEqual([...new Set(documents.map((doc) => doc.format))].sort(), ["html", "md", "txt"]);
  for (const doc of documents) {
    const count = words(doc.text).length;
    assert.ok(count >= 150 && count <= 400, `${doc.source}: ${count} words`);
    assert.notEqual(doc.publishedHow, "unknown", doc.source);
    assert.ok(doc.languageConfidence > 0.8, doc.source);
  }
});

test("file names carry the month each report is dated", async () => {
  const { files } = await collectDocumentFiles([demo]);
  for (const file of files) {
    const result = await readDocumentFile(file);
    assert.ok(result.ok);
    const month = /(\d{4}-\d{2})-[^/]+$/.exec(file)?.[1];
    assert.equal(result.value.published?.slice(0, 7), month, file);
  }
});

test("the HTML pages lose their script, navigation, read-also list, share block and comment prompt", async () => {
  const pages = (await demoDocuments()).filter((doc) => doc.format === "html");
  assert.equal(pages.length, 2);
  for (const page of pages) {
    assert.doesNotMatch(
      page.text,
      /<|>|analyticsQueue|demoTracker|Accueil|Home\b|Partagez|Share this|lire aussi|Read also|comment|LinkedIn/i,
    );
    const kinds = new Set(page.furniture.map((block) => block.kind));
    for (const kind of ["related_links", "share", "comments"])
      assert.ok(kinds.has(kind), `${page.source}: ${kind}`);
  }
  assert.equal((globalThis as Record<string, unknown>).demoTracker, undefined);
});

test("no demo report reuses a run of eight words from the seed reports", {
  skip: seedsDir() === null ? SEEDS_MISSING : false,
}, () => {
  const grams = (text: string) => {
    const list = words(text);
    const found = new Set<string>();
    for (let i = 0; i + 8 <= list.length; i++) found.add(list.slice(i, i + 8).join(" "));
    return found;
  };
  const seeds = new Set<string>();
  const dir = seedsDir()!;
  for (const name of readdirSync(dir))
    for (const gram of grams(readFileSync(join(dir, name), "utf8"))) seeds.add(gram);
  for (const name of readdirSync(demo)) {
    const shared = [...grams(readFileSync(join(demo, name), "utf8"))].filter((gram) => seeds.has(gram));
    assert.deepEqual(shared, [], name);
  }
});
