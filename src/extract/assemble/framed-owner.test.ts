import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("entity: the company a sentence's opening frames owns its figure past a relative clause naming others", () => {
  it("'For CoreWeave, which counts Microsoft and OpenAI as customers, the backlog stood at …' (EN)", () => {
    const claims = extract(
      "For CoreWeave, which counts Microsoft and OpenAI as customers, the backlog stood at $48.2 billion.",
      "en",
    );
    assert.equal(claimAt(claims, 48.2e9).entity, "CoreWeave");
  });

  it("'Chez CoreWeave, qui compte Microsoft et OpenAI parmi ses clients, le carnet de commandes atteint …' (FR)", () => {
    const claims = extract(
      "Chez CoreWeave, qui compte Microsoft et OpenAI parmi ses clients, le carnet de commandes atteint 48,2 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(claims, 48.2e9).entity, "CoreWeave");
  });

  it("the relative clause's head owns the figure when it is the subject (EN)", () => {
    const claims = extract(
      "CoreWeave, which counts Microsoft and OpenAI as customers, reported a backlog of $48.2 billion.",
      "en",
    );
    assert.equal(claimAt(claims, 48.2e9).entity, "CoreWeave");
  });
});
