import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("companies coordinated as a passive verb's agent, then « ils », « elles », 'they'", () => {
  it("gives the figure to the group the pronoun takes up (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "The Abilene campus is operated by Oracle and Crusoe. They will invest $15 billion in the site by 2027.",
        "en",
      ),
      [["Oracle+Crusoe", "capex", 15e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "The project is led by SoftBank and OpenAI. Together they will invest $40 billion.",
        "en",
      ),
      [["SoftBank+OpenAI", "capex", 40e9]],
    );
  });

  it("gives the figure to the group the pronoun takes up (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Le campus d'Abilene est exploité par Oracle et Crusoe. Ils investiront 15 milliards de dollars dans le site d'ici 2027.",
        "fr",
      ),
      [["Oracle+Crusoe", "capex", 15e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le site est géré par Oracle et Crusoe. Elles prévoient d'y investir 15 milliards de dollars.",
        "fr",
      ),
      [["Oracle+Crusoe", "capex", 15e9]],
    );
  });

  it("reads companies that share a present-tense verb the same way (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Oracle and Crusoe operate the Abilene campus. They will invest $15 billion in the site by 2027.",
        "en",
      ),
      [["Oracle+Crusoe", "capex", 15e9]],
    );
  });

  it("leaves « elle » to the single company it takes up (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Le site est géré par Oracle et Crusoe. Crusoe a levé des fonds ; elle investira 2 milliards de dollars dans le site.",
        "fr",
      ).at(-1)?.[0],
      "Crusoe",
    );
  });
});
