import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";
import { describeCandidates, rankOptions } from "./scorer.js";

describe("the scorer", () => {
  it("ranks by the weighted sum of features, the first listed winning a tie", () => {
    const weights = { near: 2, source: -6 };
    const ranked = rankOptions(
      [
        { value: "a", label: "A", features: { near: 1 } },
        { value: "b", label: "B", features: { near: 1, source: 1 } },
        { value: "c", label: "C", features: { near: 1 } },
      ],
      weights,
    );
    assert.deepEqual(
      ranked.map((o) => [o.value, o.score]),
      [
        ["a", 2],
        ["c", 2],
        ["b", -4],
      ],
    );
    assert.equal(
      describeCandidates("entity", ranked, weights),
      "entity candidates: A 2 [near +2] | C 2 [near +2] | B -4 [source -6, near +2]",
    );
  });
});

describe("general reading rules", () => {
  it("a year list on one line gives each figure the year that labels it", () => {
    const claims = extract(
      "Anthropic in figures\n\nAnthropic revenue: 2023: $0.1 billion · 2024: $1 billion · 2025: $4.5 billion.\n",
    );
    assert.deepEqual(
      claims.map((c) => [c.metric, c.value.low, c.period && "start" in c.period ? c.period.start : null]),
      [
        ["revenue", 0.1e9, "2023-01-01"],
        ["revenue", 1e9, "2024-01-01"],
        ["revenue", 4.5e9, "2025-01-01"],
      ],
    );
  });

  it("money spent on a build-out of one's own is capex, in French and English", () => {
    const en = extract("Amazon said it would spend $20 billion on new data centres in Pennsylvania.");
    assert.deepEqual(
      en.map((c) => [c.entity, c.metric]),
      [["Amazon", "capex"]],
    );
    const fr = extract("Equinix prévoit 3 milliards d'euros pour deux campus en Île-de-France.", "fr");
    assert.deepEqual(
      fr.map((c) => [c.entity, c.metric]),
      [["Equinix", "capex"]],
    );
  });

  it("a percentage compared with another year is no stake", () => {
    const claims = extract("Nvidia holds a 7% stake in CoreWeave, 16% more than a year earlier.");
    assert.deepEqual(
      claims.map((c) => [c.metric, c.value.low]),
      [["equity_stake", 0.07]],
    );
  });

  it("a bank quoted as the source of an estimate is not its owner", () => {
    const claims = extract(
      "Microsoft builds\n\nMicrosoft keeps building. Morgan Stanley analysts estimate that spending on data centres will reach about $3 trillion by 2028.",
    );
    assert.ok(claims.length > 0);
    for (const c of claims) assert.notEqual(c.entity, "Morgan Stanley");
  });
});
