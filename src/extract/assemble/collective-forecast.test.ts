import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { isCompanyClass, isCompanyGroup } from "./collective-forecast.js";

describe("a forward figure for several companies together, stated by none of them: estimated", () => {
  it("a group of named companies told by « devraient », 'are expected to' (FR, EN)", () => {
    const fr = extract(
      "À eux trois, Oracle, IBM et Salesforce devraient consacrer plus de 90 milliards de dollars aux centres de données cette année.",
      "fr",
    );
    assert.equal(claimAt(fr, 90e9).qualifier, "estimated");
    const en = extract(
      "Together, Oracle, IBM and Salesforce are expected to spend more than $90 billion on data centres this year.",
    );
    assert.equal(claimAt(en, 90e9).qualifier, "estimated");
  });

  it("a class of companies named by a common noun, spending in a year under way (EN, FR)", () => {
    const en = extract("Hyperscalers spend tens of billions of dollars a year on capex.");
    assert.equal(claimAt(en, 1e10).qualifier, "estimated");
    const fr = extract(
      "Les hyperscalers dépensent cette année des dizaines de milliards de dollars en investissements.",
      "fr",
    );
    assert.equal(claimAt(fr, 1e10).qualifier, "estimated");
  });

  it("leaves a plan the group states, and one company's forecast, as targets (near misses, EN, FR)", () => {
    const plan = extract(
      "Oracle, IBM and Salesforce plan to spend as much as $90 billion on data centres in 2026.",
    );
    assert.equal(claimAt(plan, 90e9).qualifier, "target");
    const prévoient = extract(
      "Oracle, IBM et Salesforce prévoient de consacrer 90 milliards de dollars aux centres de données en 2026.",
      "fr",
    );
    assert.equal(claimAt(prévoient, 90e9).qualifier, "target");
    const one = extract(
      "Oracle devrait dépenser 30 milliards de dollars en centres de données cette année.",
      "fr",
    );
    assert.notEqual(claimAt(one, 30e9).qualifier, "estimated");
  });

  it("tells a group and a class from a company whose name starts in lower case", () => {
    assert.equal(isCompanyGroup("Oracle+IBM"), true);
    assert.equal(isCompanyClass("hyperscalers"), true);
    assert.equal(isCompanyClass("opérateurs de centres de données"), true);
    assert.equal(isCompanyClass("xAI"), false);
    assert.equal(isCompanyClass("eBay"), false);
  });
});
