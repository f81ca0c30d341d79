import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a horizon in another clause does not date a level", () => {
  it("a capacity stated before another clause's 'd'ici 2030' is of publication (FR)", () => {
    const claims = extract(
      "Fluidstack prévoyait de bâtir plus de 400 MW, un chantier qui s'étalera d'ici 2030.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 0.4).period, { asOf: "2025-11" });
  });

  it("a capacity stated before another clause's 'through 2027' is of publication (EN)", () => {
    const claims = extract(
      "CoreWeave is building halls meant to deliver about 300 MW; the programme runs through 2027.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 0.3).period, { asOf: "2025-11" });
  });

  it("a capacity in the horizon's own clause still reads it (EN)", () => {
    const claims = extract("CoreWeave plans to reach 2 GW of capacity by 2028.", "en");
    assert.deepEqual(claimAt(claims, 2).period, { asOf: "2028-12-31" });
  });
});

describe("period: an inserted attribution does not end the clause", () => {
  it("'…, the company said on Tuesday, by 2030' dates the capacity (EN)", () => {
    const claims = extract(
      "Nscale aims to bring about 2 gigawatts of capacity online, the company said on Tuesday, by 2030.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 2).period, { asOf: "2030-12-31" });
  });

  it("'…, a indiqué mardi l'entreprise, d'ici 2030' dates the capacity (FR)", () => {
    const claims = extract(
      "Nscale veut mettre en service environ 2 gigawatts de capacité, a indiqué mardi l'entreprise, d'ici 2030.",
      "fr",
    );
    assert.deepEqual(claimAt(claims, 2).period, { asOf: "2030-12-31" });
  });

  it("a clause after the attribution is still another clause (EN)", () => {
    const claims = extract(
      "OpenAI will buy $20 billion of cloud capacity over five years, the companies said, giving it access to 200,000 GPUs.",
      "en",
    );
    assert.deepEqual(claimAt(claims, 200000).period, { asOf: "2025-11" });
  });
});
