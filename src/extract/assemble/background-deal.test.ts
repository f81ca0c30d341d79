import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a finished deal beside a raise still under way", () => {
  it("a package closed before is reported, the raise under way rumoured (EN)", () => {
    const claims = extract(
      "Mistral AI is raising $2 billion, people familiar with the matter said, weeks after closing a $600 million credit facility with BNP Paribas.",
      "en",
      "2025-07-15",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 600e6).qualifier, "reported");
  });

  it("'après avoir bouclé' is a finished deal beside 'est en train de lever' (FR)", () => {
    const claims = extract(
      "Mistral AI est en train de lever 2 milliards de dollars, selon des sources proches du dossier, quelques mois après avoir bouclé un financement de 600 millions d'euros.",
      "fr",
      "2025-07-15",
    );
    assert.equal(claimAt(claims, 2e9).qualifier, "rumoured");
    assert.equal(claimAt(claims, 600e6).qualifier, "reported");
  });
});
