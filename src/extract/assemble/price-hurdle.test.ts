import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("a warrant's price target is a term of the warrant: commitment", () => {
  it("'a $400 price target', « un objectif de cours de 400 dollars » tied to a tranche (EN, FR)", () => {
    const en = extract(
      "Qualcomm issued Mistral a warrant for up to 80 million Qualcomm shares at one cent each. The last tranche vests only at a $400 price target for Qualcomm stock.",
    );
    assert.equal(claimAt(en, 400).qualifier, "commitment");
    const fr = extract(
      "Qualcomm a accordé à Mistral des bons de souscription portant sur 80 millions d'actions Qualcomm, au prix de 0,01 dollar chacune. La dernière tranche exige un objectif de cours de 400 dollars par action.",
      "fr",
    );
    assert.equal(claimAt(fr, 400).qualifier, "commitment");
  });

  it("an analyst's price target with no warrant stays as it is (near miss, EN)", () => {
    const en = extract(
      "Qualcomm's shares rose to $400 on Monday, above the $380 price target set by Bernstein.",
    );
    assert.notEqual(claimAt(en, 380).qualifier, "commitment");
  });
});

describe("what a gigawatt costs is an estimate, even beside a programme", () => {
  it("a programme's cost per gigawatt is no pledge (EN)", () => {
    const en = extract(
      "With every gigawatt costing close to $45 billion, the Stargate buildout keeps growing.",
    );
    assert.equal(claimAt(en, 45e9).qualifier, "estimated");
  });

  it("a cost per gigawatt in the future stays a forecast (near miss, FR)", () => {
    const fr = extract("Chaque gigawatt de Stargate coûtera près de 45 milliards de dollars.", "fr");
    assert.equal(claimAt(fr, 45e9).qualifier, "target");
  });
});
