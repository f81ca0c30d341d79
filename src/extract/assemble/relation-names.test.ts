import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { RELATION_BEFORE_NAME } from "./relation-names.js";

const named = (text: string) => [...text.matchAll(RELATION_BEFORE_NAME)].map((m) => m[1]);

describe("a company named by its relation to another", () => {
  it("reads a name after a possessive and a noun of competition, trade or ownership", () => {
    assert.deepEqual(named("Son concurrent Brisalys, installé à Lyon, mise sur la location."), ["Brisalys"]);
    assert.deepEqual(named("Its rival Orvanta is moving faster."), ["Orvanta"]);
    assert.deepEqual(named("Quarkon a cédé sa filiale Korvex Cloud en mars."), ["Korvex Cloud"]);
    assert.deepEqual(named("Velorine buys from their supplier Tessellis."), ["Tessellis"]);
    assert.deepEqual(named("leur fournisseur américain Halvard livrera les puces."), ["Halvard"]);
  });

  it("leaves nouns a person may hold, and relations with no possessive", () => {
    assert.deepEqual(named("Quarkon, avec son partenaire Jean Morel, a levé 50 millions."), []);
    assert.deepEqual(named("Its investor Jane Morrow said so."), []);
    assert.deepEqual(named("A rival Orvanta would not do that."), []);
  });
});
