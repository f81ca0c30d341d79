import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { periodYear } from "../../core/index.js";

describe("period: a horizon opening the sentence dates its main clause's level", () => {
  it("'By 2030,' dates the capacity the company wants (EN)", () => {
    const claims = extract("By 2030, Mistral AI wants 30 gigawatts of capacity.");
    assert.equal(periodYear(claimAt(claims, 30).period), 2030);
    assert.equal(claimAt(claims, 30).qualifier, "target");
  });

  it("« D'ici 2030, » dates the capacity the company wants (FR)", () => {
    const claims = extract("D'ici 2030, Mistral AI veut disposer de 30 gigawatts.", "fr");
    assert.equal(periodYear(claimAt(claims, 30).period), 2030);
    assert.equal(claimAt(claims, 30).qualifier, "target");
  });

  it("« à l'horizon 2028 » is a horizon (FR)", () => {
    const claims = extract("Cohere vise 5 GW de capacité à l'horizon 2028.", "fr");
    assert.equal(periodYear(claimAt(claims, 5).period), 2028);
  });

  it("a horizon in a relative clause still leaves the level of the main clause (EN)", () => {
    const claims = extract("Cohere, which plans to invest $5 billion by 2030, operates 500 MW today.");
    assert.equal(periodYear(claimAt(claims, 0.5).period), 2025);
  });
});
