import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: the valuation of a rumoured round is rumoured too", () => {
  it("the hearsay conditional reaches the round, and the valuation told after it (FR)", () => {
    const fr = extract(
      "Zeta Labs serait prête, selon Les Echos, à lever 300 millions d'euros pour une valorisation proche de 1,5 milliard d'euros.",
      "fr",
    );
    assert.equal(claimAt(fr, 300e6).qualifier, "rumoured");
    assert.equal(claimAt(fr, 1.5e9).qualifier, "rumoured");
  });

  it("a round rumoured by another mention carries its valuation along (FR)", () => {
    const fr = extract(
      "Zeta Labs serait en pourparlers pour lever 4 milliards de dollars. Un article du Monde affirmait que Zeta Labs levait 4 milliards de dollars dans un tour de série D valorisant la société à 70 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 4e9).qualifier, "rumoured");
    assert.equal(claimAt(fr, 70e9).qualifier, "rumoured");
  });

  it("a round in talks, with its valuation after it (EN)", () => {
    const en = extract(
      "Helix Robotics is in talks to raise $800 million, in a deal valuing the startup at $6 billion.",
    );
    assert.equal(claimAt(en, 800e6).qualifier, "rumoured");
    assert.equal(claimAt(en, 6e9).qualifier, "rumoured");
  });

  it("near miss: a round closed, with its valuation, stays reported (FR, EN)", () => {
    const fr = extract(
      "Zeta Labs a levé 4 milliards de dollars dans un tour de série D valorisant la société à 70 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 70e9).qualifier, "reported");
    const en = extract("Helix Robotics raised $800 million at a valuation of $6 billion.");
    assert.equal(claimAt(en, 6e9).qualifier, "reported");
  });

  it("near miss: an earlier valuation set against the rumoured round stays reported (EN)", () => {
    const en = extract(
      "Helix Robotics is in talks to raise $800 million, while its valuation was $2 billion in March.",
    );
    assert.equal(claimAt(en, 800e6).qualifier, "rumoured");
    assert.equal(claimAt(en, 2e9).qualifier, "reported");
  });
});
