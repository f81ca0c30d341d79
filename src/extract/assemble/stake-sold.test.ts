import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const stakes = (text: string, language: "fr" | "en") =>
  claimFields(["entity", "counterparty", "value"], { published: "2026-03-02" })(text, language).filter(
    ([, , value]) => typeof value === "number" && value < 1,
  );

describe("a stake sold to a buyer is the buyer's (CLAIMS.md §6: holder → company held)", () => {
  it("the buyer after 'to' / « à », the company held after the stake (EN, FR)", () => {
    assert.deepEqual(
      stakes(
        "Oracle agreed to sell a 50% stake in its subsidiary CoreWeave to Brisalys Capital for $800 million.",
        "en",
      ),
      [["Brisalys Capital", "CoreWeave", 0.5]],
    );
    assert.deepEqual(
      stakes(
        "Oracle s'apprête à céder 45 % du capital de sa filiale CoreWeave au fonds Brisalys Capital.",
        "fr",
      ),
      [["Brisalys Capital", "CoreWeave", 0.45]],
    );
    assert.deepEqual(
      stakes("Microsoft is selling 30% of CoreWeave to the investment firm Brisalys Capital.", "en"),
      [["Brisalys Capital", "CoreWeave", 0.3]],
    );
  });

  it("with no company named after the stake, the seller's own shares are sold (EN, FR)", () => {
    assert.deepEqual(stakes("Nebius sold a 12% stake to Brisalys Capital in March.", "en"), [
      ["Brisalys Capital", "Nebius", 0.12],
    ]);
    assert.deepEqual(stakes("Nebius a cédé 8 % de son capital à Brisalys Capital en mars.", "fr"), [
      ["Brisalys Capital", "Nebius", 0.08],
    ]);
  });

  it("a stake bought from a seller is held in the company named, not in the seller", () => {
    assert.deepEqual(stakes("Brisalys Capital will buy a 40% stake in CoreWeave from Oracle.", "en"), [
      ["Brisalys Capital", "CoreWeave", 0.4],
    ]);
  });

  it("reads a share of a company sold or bought as a stake, not a share of goods or revenue", () => {
    assert.deepEqual(stakes("Nvidia bought 15% of CoreWeave last year.", "en"), [
      ["Nvidia", "CoreWeave", 0.15],
    ]);
    assert.deepEqual(stakes("Nvidia sold 20% of its chips to CoreWeave.", "en"), []);
    assert.deepEqual(stakes("CoreWeave vend 60 % de sa capacité à Microsoft.", "fr"), []);
  });

  it("leaves alone a stake sold with no buyer, and a stake kept beside a sale", () => {
    assert.deepEqual(stakes("Oracle sold its 20% stake in CoreWeave last year.", "en"), [
      ["Oracle", "CoreWeave", 0.2],
    ]);
    assert.deepEqual(stakes("Oracle a cédé sa participation de 20 % dans CoreWeave l'an dernier.", "fr"), [
      ["Oracle", "CoreWeave", 0.2],
    ]);
    assert.deepEqual(
      stakes("Oracle will keep 50% of CoreWeave after selling the rest to Brisalys Capital.", "en")[0]?.[0],
      "Oracle",
    );
  });
});
