import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: a transaction still weighed is rumoured", () => {
  it("a round or an investment a company 'envisage' is talks not concluded (FR)", () => {
    const round = extract("La start-up Lumora envisage une levée de fonds de 400 millions d'euros.", "fr");
    assert.equal(claimAt(round, 400e6).qualifier, "rumoured");
    const stake = extract(
      "Le groupe Vantorel envisage d'investir 2 milliards de dollars supplémentaires dans la société Quillon.",
      "fr",
    );
    assert.equal(claimAt(stake, 2e9).qualifier, "rumoured");
  });

  it("a round or an investment a company is considering or weighing is talks not concluded (EN)", () => {
    const round = extract("Mistral AI is considering raising $400 million from investors.");
    assert.equal(claimAt(round, 400e6).qualifier, "rumoured");
    const stake = extract("Amazon is weighing a $2 billion investment in Anthropic.");
    assert.equal(claimAt(stake, 2e9).qualifier, "rumoured");
  });

  it("a company's own spending it 'envisage' stays its plan, a target (FR)", () => {
    const capex = extract(
      "Pour 2026, le groupe Vantorel envisage d'investir 90 milliards de dollars dans ses centres de données.",
      "fr",
    );
    assert.equal(claimAt(capex, 90e9).qualifier, "target");
  });

  it("a decided plan stays a target (EN)", () => {
    const round = extract("Mistral AI plans to raise $400 million from investors.");
    assert.equal(claimAt(round, 400e6).qualifier, "target");
  });
});
