import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const values = (text: string, language: "fr" | "en") =>
  extract(text, language, "2026-02-20").map((c) => [
    c.entity,
    c.metric,
    c.value.bound,
    c.value.low ?? c.value.high,
    c.period && "start" in c.period ? c.period.start : null,
  ]);

describe("a change written from A to B: the old value and the new one", () => {
  it("a reported loss that goes from A to B in a quarter: A is the year-ago quarter's (fr)", () => {
    assert.deepEqual(
      values(
        "Les pertes nettes de Nebius passent de 42 millions de dollars à 310 millions de dollars au troisième trimestre.",
        "fr",
      ),
      [
        ["Nebius", "net_loss", "exact", 42e6, "2024-07-01"],
        ["Nebius", "net_loss", "exact", 310e6, "2025-07-01"],
      ],
    );
  });

  it("a reported revenue that climbs from A to B in a quarter (en)", () => {
    assert.deepEqual(
      values("Nebius said its revenue climbed from $420 million to $910 million in the third quarter.", "en"),
      [
        ["Nebius", "revenue", "exact", 420e6, "2024-07-01"],
        ["Nebius", "revenue", "exact", 910e6, "2025-07-01"],
      ],
    );
  });

  it("a forecast raised from A to B, the scale written once: both are forecasts of the same year (fr)", () => {
    const claims = extract(
      "Nebius relève de 40 à 48 milliards de dollars ses dépenses d'investissement prévues en 2026.",
      "fr",
      "2026-02-20",
    );
    assert.deepEqual(
      claims.map((c) => [c.metric, c.value.low, c.value.bound, c.qualifier, c.period]),
      [
        ["capex", 40e9, "exact", "target", { start: "2026-01-01", end: "2026-12-31" }],
        ["capex", 48e9, "exact", "target", { start: "2026-01-01", end: "2026-12-31" }],
      ],
    );
  });

  it("a forecast increased from A to B with the object between verb and figures (en)", () => {
    const claims = extract(
      "Nebius increased its 2026 capital expenditure forecast from $40 billion to $48 billion.",
      "en",
      "2026-02-20",
    );
    assert.equal(claims.length, 2);
    assert.equal(claimAt(claims, 40e9).value.bound, "exact");
    assert.equal(claimAt(claims, 48e9).value.bound, "exact");
  });

  it("a plain interval stays a range: no word of change (fr, en)", () => {
    assert.deepEqual(
      values(
        "Nebius prévoit des dépenses d'investissement de 40 à 48 milliards de dollars en 2026.",
        "fr",
      ).map(([, , bound, low]) => [bound, low]),
      [["range", 40e9]],
    );
    assert.deepEqual(
      values("Nebius expects capital expenditures from $40 billion to $48 billion in 2026.", "en").map(
        ([, , bound, low]) => [bound, low],
      ),
      [["range", 40e9]],
    );
  });

  it("a growth of A to B percent stays a range after a French verb whose 'de' gives the size of the change", () => {
    assert.deepEqual(
      values("Le chiffre d'affaires de Nebius a augmenté de 20 à 25 % en 2025.", "fr").map(
        ([, , bound, low]) => [bound, low],
      ),
      [["range", 0.2]],
    );
  });

  it("the earlier bracket of a revised forecast stays a range (en)", () => {
    const claims = extract(
      "Nebius raised its 2026 capital expenditure forecast to between $50 billion and $52 billion, from $46 billion to $52 billion.",
      "en",
      "2026-02-20",
    );
    assert.deepEqual(
      claims.map((c) => [c.value.bound, c.value.low, c.value.high]),
      [
        ["range", 50e9, 52e9],
        ["range", 46e9, 52e9],
      ],
    );
  });

  it("what a contract bears on, and funds to raise, stay ranges (fr, en)", () => {
    const bound = (text: string, language: "fr" | "en") =>
      extract(text, language, "2026-02-20").map((c) => [c.value.bound, c.value.low, c.value.high]);
    assert.deepEqual(
      bound("Le contrat de Nebius porte sur un montant de 10 à 12 milliards de dollars.", "fr"),
      [["range", 10e9, 12e9]],
    );
    assert.deepEqual(
      bound("Nebius is looking to raise from $5 billion to $6 billion in a new round.", "en"),
      [["range", 5e9, 6e9]],
    );
  });

  it("a forecast brought from A to B: the old value is a forecast too (fr)", () => {
    const claims = extract(
      "Nebius a porté de 8 à 9 milliards de dollars son budget d'investissement pour 2026.",
      "fr",
      "2026-02-20",
    );
    assert.deepEqual(
      claims.map((c) => [c.value.low, c.qualifier]),
      [
        [8e9, "target"],
        [9e9, "target"],
      ],
    );
  });
});
