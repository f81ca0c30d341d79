import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-06-12");

describe("qualifier: capacity a site is meant or being built to bring is a target", () => {
  it("a campus being built to deliver capacity states a plan (EN)", () => {
    const claims = extract(
      "At its Texas campus, CoreWeave is building air-cooled halls intended to deliver about 300 MW of IT capacity next year.",
    );
    assert.equal(at(claims, 0.3).qualifier, "target");
  });

  it("a site chosen to set up a data centre, or a plan's data centres, state a plan (FR)", () => {
    const chosen = extract(
      "Le fonds MGX a choisi la commune de Beaulieu pour implanter un centre de données d'une puissance de 1,2 GW.",
      "fr",
    );
    assert.equal(at(chosen, 1.2).qualifier, "target");
    const planned = extract(
      "Le groupe Equinix prévoit 3 milliards d'euros pour deux centres de données, d'une puissance totale de 320 mégawatts.",
      "fr",
    );
    assert.equal(at(planned, 0.32).qualifier, "target");
  });

  it("capacity that runs today stays reported (FR and EN)", () => {
    const en = extract("CoreWeave says it operates nearly 1,600 MW of data-centre capacity across Europe.");
    assert.equal(at(en, 1.6).qualifier, "reported");
    const fr = extract("Equinix exploite déjà 450 mégawatts de capacité en France.", "fr");
    assert.equal(at(fr, 0.45).qualifier, "reported");
  });
});
