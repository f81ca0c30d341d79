import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/**
 * A company named as a partner in building or running a site ("in partnership with", « en partenariat
 * avec ») is no buyer: a supplier's capacity stays the supplier's, not turned round into a deal.
 */
const roles = (text: string, language: "fr" | "en" = "en") =>
  extract(text, language, "2026-03-02")
    .filter((c) => c.metric === "datacenter_capacity")
    .map((c) => c.entity);

describe("a partner in building a site", () => {
  it("leaves the builder's capacity to the builder", () => {
    assert.deepEqual(
      roles(
        "CoreWeave grew fast last year. Its largest site, a 700-megawatt campus in Ohio built in partnership with Anthropic, opens in June.",
      ),
      ["CoreWeave"],
    );
    assert.deepEqual(
      roles(
        "Crusoe a présenté ses projets. Le plus grand, un campus de 900 MW conçu en partenariat avec Mistral AI, ouvrira en 2027.",
        "fr",
      ),
      ["Crusoe"],
    );
    assert.deepEqual(
      roles(
        "Nscale keeps expanding. A 500-megawatt site in Norway, developed jointly with Anthropic, is due next year.",
      ),
      ["Nscale"],
    );
  });
  it("still reads capacity bought from a supplier as the buyer's", () => {
    assert.deepEqual(roles("Anthropic signed a deal with CoreWeave for 600 megawatts of capacity."), [
      "Anthropic",
    ]);
  });
});
