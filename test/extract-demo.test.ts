import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readDocumentFile } from "../src/documents/index.js";
import {
  type ComparableClaim,
  combineScores,
  extractClaims,
  type ModeScore,
  scoreClaims,
} from "../src/extract/index.js";
import { fixturePath, projectRoot } from "./support/paths.js";
import { pct, scoreLine } from "./support/scores.js";

/**
 * Extracts each report of the demo corpus (corpus/demo: French and English, text, Markdown and
 * HTML) through the documents stage and scores it against its gold annotation
 * (test/fixtures/gold-demo, CLAIMS.md §10): a second evaluation set, written in other words than
 * the seeds, that keeps the extraction rules general.
 */

test("demo reports score against the gold annotation", async (t) => {
  const dir = join(projectRoot(), "corpus", "demo");
  const published = JSON.parse(readFileSync(fixturePath("gold-demo", "published.json"), "utf8")) as Record<
    string,
    string
  >;
  const files = readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html)$/u.test(f) && f !== "README.md")
    .sort();
  assert.equal(files.length, 6, "six demo reports");
  const main: ModeScore<ComparableClaim>[] = [];
  const strict: ModeScore<ComparableClaim>[] = [];
  for (const file of files) {
    const goldPath = fixturePath("gold-demo", file.replace(/\.(?:txt|md|html)$/u, ".json"));
    assert.ok(existsSync(goldPath), `${file}: gold annotation present`);
    const read = await readDocumentFile(join(dir, file));
    assert.ok(read.ok, `${file}: the documents stage reads it`);
    const { text, language } = read.value;
    const date = published[file];
    assert.ok(date, `${file}: publication date recorded`);
    assert.ok(
      read.value.published === null || date.startsWith(read.value.published.slice(0, 7)),
      `${file}: the recorded date agrees with the document's metadata (${read.value.published})`,
    );
    const { claims } = extractClaims({ text, language, published: date, document: file });
    for (const claim of claims) {
      assert.equal(
        claim.quote,
        text.slice(claim.span.start, claim.span.end),
        `${file}: quote is the span's text`,
      );
      assert.ok(claim.confidence !== undefined && claim.confidence >= 0 && claim.confidence <= 1);
      assert.ok(
        !/lire aussi|read also|share this|partagez|leave a comment|commentaire/iu.test(claim.quote),
        `${file}: furniture in a quote`,
      );
    }
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as ComparableClaim[];
    const score = scoreClaims(claims as ComparableClaim[], gold);
    main.push(score.main);
    strict.push(score.strict);
    t.diagnostic(`${file} (${language})`);
    t.diagnostic(`  ${scoreLine("main", score.main)}`);
    t.diagnostic(`  ${scoreLine("strict", score.strict)}`);
    for (const c of score.main.unmatchedReference)
      t.diagnostic(`  missed: ${c.entity} ${c.metric} ${c.value.low}..${c.value.high} ${c.unit}`);
    for (const c of score.main.unmatchedPredicted)
      t.diagnostic(`  extra:  ${c.entity} ${c.metric} ${c.value.low}..${c.value.high} ${c.unit}`);
  }
  const overallMain = combineScores(main);
  const overallStrict = combineScores(strict);
  t.diagnostic("overall");
  t.diagnostic(`  ${scoreLine("main", overallMain)}`);
  t.diagnostic(`  ${scoreLine("strict", overallStrict)}`);
  console.log(`demo extraction: ${scoreLine("main", overallMain)}; ${scoreLine("strict", overallStrict)}`);
  assert.ok(overallMain.f1 >= 0.95, `main F1 ${pct(overallMain.f1)} is under the floor`);
  assert.ok(overallStrict.f1 >= 0.9, `strict F1 ${pct(overallStrict.f1)} is under the floor`);
});
