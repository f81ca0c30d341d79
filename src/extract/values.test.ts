import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "./index.js";
import { METRIC_KNOWLEDGE } from "./metrics.js";

const extract = (text: string) =>
  extractClaims({ text, language: "fr", published: "2025-10-01", document: "values.txt" });

describe("values no metric can take are refused at extraction", () => {
  it("a million-digit figure gives no claim and a one-line note, not Infinity", () => {
    const digits = "9".repeat(1_000_000);
    const { claims, issues } = extract(`OpenAI a levé ${digits} milliards de dollars en 2025.`);
    assert.deepEqual(claims, []);
    const note = issues.find((i) => i.code === "implausible_value");
    assert.ok(note, JSON.stringify(issues.map((i) => i.code)));
    assert.equal(note.severity, "warning");
    assert.ok(note.message.length < 200, "the figure is quoted in short");
    assert.match(note.message, /too large to be a figure; figure skipped$/);
  });

  it("a finite value beyond the metric's ceiling is refused, naming the ceiling", () => {
    const { claims, issues } = extract(
      "Le chiffre d'affaires de SoftBank atteint 20 302 billions d'euros en 2025.",
    );
    assert.ok(!claims.some((c) => c.metric === "revenue"));
    const note = issues.find((i) => i.code === "implausible_value");
    assert.ok(note);
    assert.match(note.message, /2\.03e\+16 EUR is beyond any plausible revenue \(at most 1e\+14\)/);
  });

  it("a year glued to a figure is no capacity of two hundred thousand gigawatts", () => {
    const { claims } = extract("OpenAI vise 202510 GW de capacité.");
    assert.ok(!claims.some((c) => c.metric === "datacenter_capacity"));
  });

  it("plausible values pass, the 'trillion' calque included", () => {
    const { claims, issues } = extract(
      "OpenAI a pris 1,4 trillion de dollars d'engagements et vise plus de 26 gigawatts de capacité.",
    );
    assert.ok(!issues.some((i) => i.code === "implausible_value"));
    assert.ok(claims.some((c) => c.metric === "compute_commitment" && c.value.low === 1.4e12));
    assert.ok(claims.some((c) => c.metric === "datacenter_capacity" && c.value.low === 26));
  });

  it("every metric has a finite, positive ceiling", () => {
    for (const [metric, known] of Object.entries(METRIC_KNOWLEDGE))
      assert.ok(Number.isFinite(known.ceiling) && known.ceiling > 0, metric);
  });
});
