/**
 * The Microsoft Recognizers-Text specs (MIT, ../shared/peer-specs, see its SOURCE.md) for the
 * Number, Percent and Currency models, English and French, run through findQuantities. Cases
 * outside what reports write are skipped by rule, each rule with its reason; the pass rate of the
 * rest is printed per file and must stay above a floor.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { Language } from "../src/core/index.js";
import { findQuantities } from "../src/extract/numbers/index.js";
import { projectRoot } from "./support/paths.js";

interface SpecResult {
  Text: string;
  TypeName?: string;
  Resolution?: { value?: string | null; unit?: string; subtype?: string } | null;
}
interface SpecCase {
  Input: string;
  Results?: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

type Model = "number" | "percent" | "currency";

const SPECS = join(projectRoot(), "..", "shared", "peer-specs", "recognizers-text", "Specs");

/** The peer's currency names mapped to ISO codes; other currencies (subunits, old or rare ones) are skipped. */
const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ["Dollar", "USD"],
  ["United States dollar", "USD"],
  ["Dollar États-Unis", "USD"],
  ["Euro", "EUR"],
  ["Pound", "GBP"],
  ["British pound", "GBP"],
  ["Livre", "GBP"],
  ["Canadian dollar", "CAD"],
  ["Dollar Canadien", "CAD"],
  ["Australian dollar", "AUD"],
  ["Dollar Australien", "AUD"],
  ["Hong Kong dollar", "HKD"],
  ["Dollar de Hong Kong", "HKD"],
  ["New Zealand dollar", "NZD"],
  ["Dollar néo-zélandais", "NZD"],
  ["Japanese yen", "JPY"],
  ["Yen Japonais", "JPY"],
  ["Chinese yuan", "CNY"],
  ["Yuan Chinois", "CNY"],
  ["Swiss franc", "CHF"],
  ["Franc Suisse", "CHF"],
  ["Roupie indienne", "INR"],
]);

const SCALE_WORDS = /\b(million|millions|billion|billions|trillion|trillions|milliard|milliards)\b/i;
const NUMBER_WORDS =
  /\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|soixante|cent|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;

/** Why a case is outside the recognizer's scope, or null when it is in scope. */
function skipReason(model: Model, c: SpecCase): string | null {
  const results = c.Results ?? [];
  if ((c.NotSupported ?? "").includes("dotnet"))
    return "unverified: the peer's reference implementation fails it too";
  if (results.some((r) => r.Resolution?.subtype === "fraction" || /\d\s*\/\s*\d/.test(r.Text)))
    return "fractions and ratios (written as words or with a slash)";
  if (results.some((r) => r.Resolution?.subtype === "power" || /\^|\de[+-]?\d/i.test(r.Text)))
    return "powers and exponent notation";
  if (/\b(virgule|point)\b/i.test(c.Input) && results.some((r) => /\b(virgule|point)\b/i.test(r.Text)))
    return "decimals spelled out ('virgule', 'point')";
  if (/douzaine|dozen|\bdoz|\bdzs/i.test(c.Input)) return "dozens";
  if (/\b(lakh|crore)\b/i.test(c.Input)) return "Indian numbering (lakh, crore)";
  if (/\b(nought|naught)\b/i.test(c.Input)) return "archaic words for zero";
  if (/\d[./-]\d+[./-]\d/.test(c.Input))
    return "dates, addresses and phone numbers are not quantities (by design)";
  if (/[A-Za-z]-\d/.test(c.Input)) return "numbers inside names are not quantities (by design)";
  if (
    /^\s*(per\s*cent|percents?|pourcents?|pourcentages?)\b/i.test(c.Input) ||
    /\b(percentage|pourcentages?)\b/i.test(c.Input)
  )
    return "percent written before the number or as 'percentage'";
  if (results.some((r) => /^(un|une|a|an|one)$/i.test(r.Text.trim())))
    return "a lone article ('un', 'a') read as the number 1";
  if (
    results.some((r) => {
      const m = SCALE_WORDS.exec(r.Text);
      return m !== null && NUMBER_WORDS.test(r.Text.slice(m.index + m[0].length));
    })
  )
    return "spelled compounds after a scale word ('three million seven')";
  if (results.some((r) => /\b(negative|minus|moins)\b/i.test(r.Text))) return "negatives written as words";
  if (model === "currency") {
    if (results.some((r) => !CURRENCIES.has(r.Resolution?.unit ?? "")))
      return "currencies outside ISO codes the reports use (subunits, historical, crypto)";
    if (results.some((r) => r.Resolution?.value === null || r.Resolution?.value === undefined))
      return "currency names without an amount";
  }
  if (model === "percent" && results.some((r) => !/%$/.test(r.Resolution?.value ?? "")))
    return "percent resolutions that are not a percentage value";
  return null;
}

function parseValue(value: string): number {
  return Number(value.replace(",", ".").replace("%", ""));
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(Math.abs(b) * 1e-9, 1e-12);

/** Multisets of values (with their unit) compared in any order. */
function sameValues(got: [number, string][], want: [number, string][]): boolean {
  if (got.length !== want.length) return false;
  const left = [...got];
  for (const [v, u] of want) {
    const k = left.findIndex(([g, gu]) => gu === u && near(g, v));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

function observed(model: Model, input: string, language: Language): [number, string][] {
  const out: [number, string][] = [];
  for (const q of findQuantities(input, language)) {
    const ends = [q.low, q.high].filter((v): v is number => v !== null);
    const values = ends.length === 2 && ends[0] === ends[1] ? [ends[0]!] : ends;
    if (model === "number") {
      // the written number, before the unit's conversion
      const factor = q.unit === "fraction" ? 100 : 1;
      for (const v of values) out.push([v * factor, ""]);
    } else if (model === "percent") {
      if (q.unit === "fraction") for (const v of values) out.push([v * 100, "%"]);
    } else if (q.unit !== null && /^[A-Z]{3}(_per_|$)/.test(q.unit)) {
      for (const v of values) out.push([v, q.unit.slice(0, 3)]);
    }
  }
  return out;
}

function expected(model: Model, c: SpecCase): [number, string][] {
  return (c.Results ?? []).map((r) => {
    const value = parseValue(r.Resolution?.value ?? "NaN");
    if (model === "percent") return [value, "%"];
    if (model === "currency") return [value, CURRENCIES.get(r.Resolution?.unit ?? "") ?? "?"];
    return [value, ""];
  });
}

const FILES: { path: string; model: Model; language: Language; floor: number }[] = [
  { path: "Number/English/NumberModel.json", model: "number", language: "en", floor: 0.78 },
  { path: "Number/French/NumberModel.json", model: "number", language: "fr", floor: 0.88 },
  { path: "Number/English/PercentModel.json", model: "percent", language: "en", floor: 0.85 },
  { path: "Number/French/PercentModel.json", model: "percent", language: "fr", floor: 0.95 },
  { path: "NumberWithUnit/English/CurrencyModel.json", model: "currency", language: "en", floor: 0.85 },
  { path: "NumberWithUnit/French/CurrencyModel.json", model: "currency", language: "fr", floor: 0.9 },
];

const present = existsSync(SPECS);

describe("peer specs (Recognizers-Text)", {
  skip: present ? false : "../shared/peer-specs is not present",
}, () => {
  for (const file of FILES) {
    it(`${file.path}: pass rate above ${(file.floor * 100).toFixed(0)} %`, () => {
      const cases = JSON.parse(
        readFileSync(join(SPECS, file.path), "utf8").replace(/^\uFEFF/, ""),
      ) as SpecCase[];
      const skipped = new Map<string, number>();
      const failures: string[] = [];
      let run = 0;
      let passed = 0;
      for (const c of cases) {
        const reason = skipReason(file.model, c);
        if (reason) {
          skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
          continue;
        }
        run++;
        const got = observed(file.model, c.Input, file.language);
        const want = expected(file.model, c);
        if (sameValues(got, want)) passed++;
        else
          failures.push(
            `${JSON.stringify(c.Input)}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`,
          );
      }
      const rate = run === 0 ? 1 : passed / run;
      const lines = [
        `${file.path}: ${passed}/${run} passed (${(rate * 100).toFixed(1)} %), ${cases.length - run} skipped`,
        ...[...skipped].map(([reason, n]) => `  skipped ${n}: ${reason}`),
      ];
      if (process.env.PEER_SPECS_VERBOSE) lines.push(...failures.map((f) => `  FAIL ${f}`));
      console.log(lines.join("\n"));
      assert.ok(
        rate >= file.floor,
        `${file.path}: ${(rate * 100).toFixed(1)} % < floor ${file.floor * 100} %`,
      );
    });
  }
});
