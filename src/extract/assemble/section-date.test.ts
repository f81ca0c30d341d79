import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a section heading's date dates the figures under it", () => {
  it("a past year in the heading dates the undated rounds and valuations of its list (EN)", () => {
    const claims = extract(
      "The money map\n\nFunding rounds of 2024\n\n- Acme AI: $6 billion at a $24 billion valuation\n- Zenith Labs raised $2 billion.",
      "en",
      "2025-01-14",
    );
    assert.deepEqual(claimAt(claims, 24e9).period, { asOf: "2024" });
    assert.deepEqual(claimAt(claims, 2e9).period, { asOf: "2024" });
  });

  it("a past year in the heading dates the undated rounds of its paragraph (FR)", () => {
    const claims = extract(
      "Le bilan\n\nLes levées de fonds de 2024\n\nZenith Labs a levé 2 milliards de dollars, pour une valorisation de 20 milliards.",
      "fr",
      "2025-01-14",
    );
    assert.deepEqual(claimAt(claims, 20e9).period, { asOf: "2024" });
  });

  it("a heading's year not over by publication dates nothing: the publication date stays (EN)", () => {
    const claims = extract(
      "The money map\n\nFunding rounds of 2025\n\nZenith Labs was valued at $20 billion.",
      "en",
      "2025-11-14",
    );
    assert.deepEqual(claimAt(claims, 20e9).period, { asOf: "2025-11" });
  });
});

describe("period: a month labelling a list item dates its deal", () => {
  it("a list of the last months' deals in an early-year article (EN, FR)", () => {
    const en = extract(
      "Deals at a glance:\n- December: Anysphere raised $2.3 billion.\n- January: Zenith Labs raised $1 billion.",
      "en",
      "2026-02-02",
    );
    assert.deepEqual(claimAt(en, 2.3e9).period, { asOf: "2025-12" });
    assert.deepEqual(claimAt(en, 1e9).period, { asOf: "2026-01" });
    const fr = extract(
      "Les accords du trimestre :\n- Décembre : Anysphere a levé 2,3 milliards de dollars.",
      "fr",
      "2026-02-02",
    );
    assert.deepEqual(claimAt(fr, 2.3e9).period, { asOf: "2025-12" });
  });
});
