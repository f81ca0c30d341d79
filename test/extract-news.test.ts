import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
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
import { fixturePath } from "./support/paths.js";
import { pct, scoreLine } from "./support/scores.js";

/**
 * A third evaluation set (test/fixtures/news): eight wire-style reports, four French and four
 * English, about other companies than the seeds (Anthropic, CoreWeave, the cloud majors, Mistral
 * AI, Nvidia, xAI, Oracle, SoftBank), written so that together they use every metric, bound and
 * qualifier of CLAIMS.md and plant the non-claims of §8 in every report. The floor is below the
 * seeds' and the demo's on purpose: this set measures how the rules carry to unseen wording.
 */

interface Published {
  published: string;
  language: "fr" | "en";
}

test("wire-style reports on other companies score against their gold annotation", async (t) => {
  const dir = fixturePath("news");
  const published = JSON.parse(readFileSync(join(dir, "published.json"), "utf8")) as Record<
    string,
    Published
  >;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  assert.equal(files.length, 8, "eight reports");
  const main: ModeScore<ComparableClaim>[] = [];
  const strict: ModeScore<ComparableClaim>[] = [];
  for (const file of files) {
    const read = await readDocumentFile(join(dir, file));
    assert.ok(read.ok, `${file}: the documents stage reads it`);
    const meta = published[file];
    assert.ok(meta, `${file}: publication date recorded`);
    const { text } = read.value;
    const { claims } = extractClaims({
      text,
      language: meta.language,
      published: meta.published,
      document: file,
    });
    for (const claim of claims)
      assert.equal(
        claim.quote,
        text.slice(claim.span.start, claim.span.end),
        `${file}: quote is the span's text`,
      );
    const gold = JSON.parse(
      readFileSync(fixturePath("gold-news", file.replace(/\.txt$/u, ".json")), "utf8"),
    ) as ComparableClaim[];
    const score = scoreClaims(claims as ComparableClaim[], gold);
    main.push(score.main);
    strict.push(score.strict);
    t.diagnostic(`${file} (${meta.language})`);
    t.diagnostic(`  ${scoreLine("main", score.main)}`);
    t.diagnostic(`  ${scoreLine("strict", score.strict)}`);
  }
  const overallMain = combineScores(main);
  const overallStrict = combineScores(strict);
  console.log(`news extraction: ${scoreLine("main", overallMain)}; ${scoreLine("strict", overallStrict)}`);
  assert.ok(overallMain.f1 >= 0.95, `main F1 ${pct(overallMain.f1)} is under the floor`);
  assert.ok(overallStrict.f1 >= 0.88, `strict F1 ${pct(overallStrict.f1)} is under the floor`);
});
