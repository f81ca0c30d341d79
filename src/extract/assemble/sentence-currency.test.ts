import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value", "unit"]);
const readRound = claimFields(["metric", "value", "unit"], { where: (c) => c.metric === "funding_round" });

describe("an amount with no currency, in a sentence that writes one currency after it", () => {
  it("takes that currency, whatever currency the document named before", () => {
    assert.deepEqual(
      read(
        "Hugging Face sold $80 million of services last year. Mistral AI raised a 700 million round that values the company at €9 billion.",
      ),
      [
        ["funding_round", 700e6, "EUR"],
        ["valuation", 9e9, "EUR"],
      ],
    );
    assert.deepEqual(
      read(
        "Hugging Face a vendu pour 80 millions d'euros de services. Un tour de table de 300 millions qui valorise Mistral AI à 4 milliards de dollars.",
        "fr",
      ),
      [
        ["funding_round", 300e6, "USD"],
        ["valuation", 4e9, "USD"],
      ],
    );
  });

  it("takes none from a sentence that writes two currencies: the context's stands", () => {
    assert.deepEqual(
      readRound(
        "Hugging Face sold €80 million of services last year. Mistral AI raised 700 million in a round valuing it at $9 billion, and a £200 million loan.",
      ),
      [["funding_round", 700e6, "EUR"]],
    );
    assert.deepEqual(
      readRound(
        "Hugging Face a vendu pour 80 millions d'euros de services. Mistral AI a levé 300 millions, ce qui la valorise à 4 milliards de dollars, et emprunté 100 millions de livres.",
        "fr",
      ),
      [["funding_round", 300e6, "EUR"]],
    );
  });
});
