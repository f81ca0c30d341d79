import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Claim, Language } from "../src/core/index.js";
import type { QuantityFinder } from "../src/extract/index.js";
import {
  type ComparableClaim,
  combineScores,
  extractClaims,
  type ModeScore,
  scoreClaims,
} from "../src/extract/index.js";
import { fixturePath, projectRoot, SEEDS_MISSING, seedsDir } from "./support/paths.js";
import { pct, scoreLine } from "./support/scores.js";

/**
 * Extracts each seed report and scores it against the gold annotation (CLAIMS.md §10). The seeds
 * are read at run time from ../shared/seeds; the documents stage's furniture removal runs first
 * when that stage is present.
 */

interface StageModules {
  findQuantities: QuantityFinder | null;
  readDocumentFile: ((path: string, options?: object) => Promise<unknown>) | null;
}

async function optionalModule(relative: string): Promise<Record<string, unknown> | null> {
  const fromSrc = join(projectRoot(), "src", relative);
  if (!existsSync(`${fromSrc}.ts`) && !existsSync(`${fromSrc}.js`)) return null;
  const specifier = `../src/${relative}.js`;
  return (await import(specifier)) as Record<string, unknown>;
}

async function stages(): Promise<StageModules> {
  const numbers = await optionalModule("extract/numbers/index");
  const documents = await optionalModule("documents/index");
  return {
    findQuantities: (numbers?.findQuantities as QuantityFinder | undefined) ?? null,
    readDocumentFile: (documents?.readDocumentFile as StageModules["readDocumentFile"] | undefined) ?? null,
  };
}

async function analysed(path: string, modules: StageModules): Promise<{ text: string; language: Language }> {
  if (modules.readDocumentFile) {
    const result = (await modules.readDocumentFile(path)) as
      | { ok: true; value: { text: string; language: Language } }
      | { ok: false };
    if (result.ok) return { text: result.value.text, language: result.value.language };
  }
  return { text: readFileSync(path, "utf8"), language: "fr" };
}

test("seed reports score against the gold annotation", async (t) => {
  const dir = seedsDir();
  if (!dir) return t.skip(SEEDS_MISSING);
  const modules = await stages();
  if (!modules.findQuantities)
    return t.skip("the numbers stage (src/extract/numbers/index.ts) is not present yet");
  const published = JSON.parse(readFileSync(fixturePath("gold", "published.json"), "utf8")) as Record<
    string,
    string
  >;
  const main: ModeScore<ComparableClaim>[] = [];
  const strict: ModeScore<ComparableClaim>[] = [];
  const all = new Map<string, { text: string; claims: Claim[] }>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const goldPath = fixturePath("gold", file.replace(/\.txt$/, ".json"));
    if (!existsSync(goldPath)) continue;
    const { text, language } = await analysed(join(dir, file), modules);
    const { claims } = extractClaims(
      { text, language, published: published[file] ?? null, document: file },
      { findQuantities: modules.findQuantities },
    );
    all.set(file, { text, claims });
    for (const claim of claims) {
      assert.equal(
        claim.quote,
        text.slice(claim.span.start, claim.span.end),
        `${file}: quote is the span's text`,
      );
      assert.ok(claim.confidence !== undefined && claim.confidence >= 0 && claim.confidence <= 1);
    }
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as ComparableClaim[];
    const score = scoreClaims(claims as ComparableClaim[], gold);
    main.push(score.main);
    strict.push(score.strict);
    t.diagnostic(file);
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
  console.log(`seed extraction: ${scoreLine("main", overallMain)}; ${scoreLine("strict", overallStrict)}`);
  assert.ok(overallMain.f1 >= 0.9, `main F1 ${pct(overallMain.f1)} is under the 90 % floor`);
  assert.ok(overallStrict.f1 >= 0.75, `strict F1 ${pct(overallStrict.f1)} is under the 75 % floor`);

  // The headline figures of the series, each present once with a consistent span.
  const claimsOf = (prefix: string) =>
    [...all.entries()].find(([name]) => name.startsWith(prefix))?.[1].claims ?? [];
  const has = (prefix: string, check: (c: Claim) => boolean, what: string) =>
    assert.ok(claimsOf(prefix).some(check), `${prefix}: ${what}`);
  const at = (c: Claim) => c.value.low ?? c.value.high;
  const near = (x: number | null, y: number) => x !== null && Math.abs(x - y) <= 0.01 * y;
  const year = (c: Claim) =>
    (c.period && ("asOf" in c.period ? c.period.asOf : (c.period.end ?? c.period.start))) ?? "";
  has(
    "000",
    (c) => c.metric === "revenue" && near(at(c), 4.3e9) && year(c).startsWith("2025-06"),
    "H1 2025 revenue 4.3 bn",
  );
  has(
    "000",
    (c) => c.metric === "net_loss" && near(at(c), 13.5e9) && year(c).startsWith("2025-06"),
    "H1 2025 net loss 13.5 bn",
  );
  has(
    "000",
    (c) =>
      c.metric === "datacenter_capacity" && c.unit === "GW" && c.value.bound === "at_least" && at(c) === 26,
    "at least 26 GW",
  );
  has(
    "000",
    (c) => c.metric === "compute_commitment" && near(at(c), 1e12),
    "more than 1 tn over the decade (1e12)",
  );
  has(
    "001",
    (c) => c.metric === "compute_commitment" && near(at(c), 1.4e12) && year(c) === "2033-11",
    "1.4 tn over 8 years",
  );
  has(
    "002",
    (c) => c.metric === "compute_spending_target" && near(at(c), 6e11) && year(c) === "2030-12-31",
    "~600 bn by 2030",
  );
  has(
    "002",
    (c) => c.metric === "revenue" && near(at(c), 13.1e9) && year(c).startsWith("2025"),
    "13.1 bn 2025 revenue",
  );
  has(
    "002",
    (c) => c.metric === "revenue" && near(at(c), 2.8e11) && year(c).startsWith("2030"),
    "280 bn 2030 revenue",
  );
  has(
    "002",
    (c) => c.metric === "gross_margin" && near(at(c), 0.33) && c.unit === "fraction",
    "33 % gross margin",
  );
  has("002", (c) => c.metric === "cash_burn" && near(at(c), 8e9), "8 bn cash burn");
  has("002", (c) => c.metric === "weekly_active_users" && near(at(c), 9e8), "900 M weekly users");
  has(
    "002",
    (c) =>
      c.entity === "Nvidia" &&
      c.counterparty === "OpenAI" &&
      near(at(c), 1e11) &&
      c.qualifier === "letter_of_intent",
    "Nvidia 100 bn letter of intent",
  );
  has(
    "002",
    (c) =>
      c.metric === "investment" && c.entity === "Nvidia" && c.counterparty === "OpenAI" && near(at(c), 3e10),
    "Nvidia ~30 bn investment in OpenAI",
  );
  has("003", (c) => c.entity === "Stargate" && near(at(c), 5e11), "Stargate 500 bn");
  has("003", (c) => c.entity === "Stargate" && c.unit === "GW" && at(c) === 10, "Stargate 10 GW");
  has("003", (c) => c.counterparty === "Oracle" && near(at(c), 3e11) && c.unit === "USD", "Oracle 300 bn");
  has(
    "003",
    (c) =>
      c.metric === "cost_per_gw" &&
      c.value.bound === "range" &&
      c.value.low === 5e10 &&
      c.value.high === 6e10,
    "50–60 bn per GW as a range",
  );
  for (const [file, { text, claims }] of all) {
    for (const claim of claims) {
      assert.ok(
        !/Lire aussi|Scan pour télécharger|Partagez cet article/u.test(claim.quote),
        `${file}: furniture in a quote`,
      );
      assert.ok(
        !(file.startsWith("003") && near(at(claim), 4.5)),
        `${file}: the related-links price is not a claim`,
      );
      assert.ok(claim.span.end <= text.length);
    }
  }
});
