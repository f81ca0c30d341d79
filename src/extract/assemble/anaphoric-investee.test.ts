import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "counterparty", "value"]);

const RESULTS_FR = "Nvidia a publié jeudi ses résultats trimestriels. ";
const RESULTS_EN = "Nvidia reported its quarterly results on Thursday. ";

describe("an investee named by a pronoun ('y a investi', 'in it')", () => {
  it("is the company named before the colon, not the article's subject", () => {
    assert.deepEqual(
      read(
        `${RESULTS_FR}Mistral AI n'en est pas à son premier partenaire américain : Microsoft y avait investi 15 millions d'euros en février 2024.`,
        "fr",
      ),
      [["Microsoft", "investment", "Mistral AI", 15e6]],
    );
    assert.deepEqual(
      read(
        `${RESULTS_EN}Cohere is no stranger to American partners: Microsoft had invested $500 million in it in March 2024.`,
        "en",
      ),
      [["Microsoft", "investment", "Cohere", 5e8]],
    );
  });

  it("is the company the previous sentence is about when the pronoun's clause opens the sentence", () => {
    assert.deepEqual(
      read(
        `${RESULTS_FR}Cohere a trouvé deux nouveaux actionnaires cette année. En mars, Amazon y a investi 500 millions de dollars.`,
        "fr",
      ),
      [["Amazon", "investment", "Cohere", 5e8]],
    );
    assert.deepEqual(
      read(
        `${RESULTS_EN}Cohere has drawn new backers this year. In March, Amazon invested $500 million in it.`,
        "en",
      ),
      [["Amazon", "investment", "Cohere", 5e8]],
    );
  });

  it("is not read into 'il y a' nor into an investment noun after 'y'", () => {
    assert.deepEqual(
      read(
        `${RESULTS_FR}Il y a deux investisseurs : Amazon a investi 500 millions de dollars dans Cohere.`,
        "fr",
      ),
      [["Amazon", "investment", "Cohere", 5e8]],
    );
    assert.equal(
      read(
        `${RESULTS_FR}Cohere n'y a vu aucun investissement : Amazon a investi 500 millions de dollars.`,
        "fr",
      ).some((c) => c[2] === "Cohere"),
      false,
    );
  });
});
