import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a term whose start the next sentence gives", () => {
  it("a term with no start runs from the year the next sentence says the deal starts (EN, FR)", () => {
    const en = extract(
      "Mistral AI signed a $40 billion contract with Scaleway over five years. The deal, which takes effect in 2028, will supply 3 gigawatts.",
      "en",
      "2025-09-10",
    );
    assert.deepEqual(claimAt(en, 4e10).period, { start: "2028-01-01", end: "2032-12-31" });
    const fr = extract(
      "Mistral AI a signé avec Scaleway un contrat de 40 milliards de dollars sur cinq ans. Ce contrat entrera en vigueur en 2028 et porte sur 3 gigawatts.",
      "fr",
      "2025-09-10",
    );
    assert.deepEqual(claimAt(fr, 4e10).period, { start: "2028-01-01", end: "2032-12-31" });
  });

  it("a next sentence on another subject, or a term with its own start, changes nothing (EN, FR)", () => {
    const other = extract(
      "Mistral AI signed a $40 billion contract with Scaleway over five years. The company, which was founded in 2023, also trains models.",
      "en",
      "2025-09-10",
    );
    assert.deepEqual(claimAt(other, 4e10).period, { start: "2025-09", end: "2030-09" });
    const own = extract(
      "Mistral AI a signé avec Scaleway un contrat de 40 milliards de dollars sur cinq ans à partir de 2028. Le contrat débutera en 2029 pour une partie des sites.",
      "fr",
      "2025-09-10",
    );
    assert.deepEqual(claimAt(own, 4e10).period, { start: "2028-01-01", end: "2032-12-31" });
  });

  it("a deal's size with no date runs to the term's end the next sentence on the deal gives (EN, FR)", () => {
    const en = extract(
      "Nebius disclosed a separate order from Microsoft worth at least $5.1 billion. Under that agreement, Microsoft will rent its spare capacity through June 2031.",
    );
    assert.deepEqual(claimAt(en, 5.1e9).period, { start: "2025-11", end: "2031-06" });
    const fr = extract(
      "Microsoft a signé avec Nebius un contrat d'au moins 5,1 milliards de dollars. Ce contrat court jusqu'en juin 2031.",
      "fr",
    );
    assert.deepEqual(claimAt(fr, 5.1e9).period, { start: "2025-11", end: "2031-06" });
  });

  it("a next sentence on something else leaves the deal's size at publication (EN)", () => {
    const claims = extract(
      "Nebius disclosed a separate order from Microsoft worth at least $5.1 billion. The company expects to stay profitable until 2031.",
    );
    assert.deepEqual(claimAt(claims, 5.1e9).period, { asOf: "2025-11" });
  });
});
