import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { maskPlanInNames } from "./plan-names.js";

describe("plan words inside names are no plan cue", () => {
  it("masks 'Plan' in a fund's or programme's name, at the same length", () => {
    assert.equal(maskPlanInNames("the Halden Pension Plan invested"), "the Halden Pension ____ invested");
    assert.equal(maskPlanInNames("Ontario Nurses' Pension Plan"), "Ontario Nurses' Pension ____");
    assert.equal(maskPlanInNames("grâce au Plan Vesna 2030"), "grâce au ____ Vesna 2030");
    assert.equal(maskPlanInNames("le Plan 2035 de l'État"), "le ____ 2035 de l'État");
  });

  it("near-miss: plan as a common word stays", () => {
    assert.equal(maskPlanInNames("The Plan calls for"), "The Plan calls for");
    assert.equal(maskPlanInNames("Norvane plans to spend"), "Norvane plans to spend");
    assert.equal(maskPlanInNames("un plan de 5 milliards"), "un plan de 5 milliards");
    assert.equal(maskPlanInNames("Its Plan is"), "Its Plan is");
    assert.equal(maskPlanInNames("Norvane Plans To Spend"), "Norvane Plans To Spend");
  });

  it("a pension fund's past investment is reported, not a target (EN)", () => {
    const claims = extract(
      "Brisk Robotics raised $400 million in a round led by the Halden Pension Plan in October.",
      "en",
      "2025-11-10",
    );
    assert.equal(claimAt(claims, 400e6).qualifier, "reported");
  });

  it("a round joined by a teachers' plan is reported (EN)", () => {
    const claims = extract(
      "Corvel AI closed a $250 million funding round last month, with Ontario Nurses' Pension Plan among the investors.",
      "en",
      "2025-11-10",
    );
    assert.equal(claimAt(claims, 250e6).qualifier, "reported");
  });

  it("a figure raised with a named programme is reported (FR)", () => {
    const claims = extract(
      "La start-up Lumeris a levé 120 millions d'euros en septembre, avec le soutien du Plan Vesna 2030.",
      "fr",
      "2025-11-10",
    );
    assert.equal(claimAt(claims, 120e6).qualifier, "reported");
  });

  it("near-miss: a company's own plan stays a target (EN, FR)", () => {
    const en = extract("Norvane plans to spend $3 billion on data centres in 2026.", "en", "2025-11-10");
    assert.equal(claimAt(en, 3e9).qualifier, "target");
    const fr = extract(
      "Le groupe Norvane a dévoilé un plan d'investissement de 2 milliards d'euros pour 2027.",
      "fr",
      "2025-11-10",
    );
    assert.equal(claimAt(fr, 2e9).qualifier, "target");
  });
});
