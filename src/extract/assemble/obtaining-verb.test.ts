import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("an amount a verb of obtaining money governs", () => {
  it("is money raised when no other word says what it measures", () => {
    assert.deepEqual(
      ownerMetricValue("Mistral AI secured a total of $3.2 billion through two tranches this year.", "en"),
      [["Mistral AI", "funding_round", 3.2e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Pour rattraper ses rivaux comme OpenAI ou Anthropic, Mistral AI vient de réunir une somme record : 3 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", "funding_round", 3e9]],
    );
  });

  it("is no money raised when the amount names a contract or an order obtained", () => {
    const raised = (text: string, language: "fr" | "en") =>
      ownerMetricValue(text, language).filter(([, metric]) => metric === "funding_round");
    assert.deepEqual(
      raised("CoreWeave secured $4 billion contracts with two utilities last month.", "en"),
      [],
    );
    assert.deepEqual(raised("CoreWeave a obtenu 4 milliards de dollars de commandes publiques.", "fr"), []);
  });
});

describe("money a company collects in colloquial words", () => {
  it("is a round: fetched, hauled in, bagged, pulled in fresh capital (EN)", () => {
    assert.deepEqual(ownerMetricValue("Zorbex fetched $150 million from a group of investors.", "en"), [
      ["Zorbex", "funding_round", 1.5e8],
    ]);
    assert.deepEqual(ownerMetricValue("Quillon hauled in $750 million in new funding.", "en"), [
      ["Quillon", "funding_round", 7.5e8],
    ]);
    assert.deepEqual(ownerMetricValue("Vextra AI bagged $305 million in a round co-led by Sequoia.", "en"), [
      ["Vextra AI", "funding_round", 3.05e8],
    ]);
    assert.deepEqual(
      ownerMetricValue(
        "Cerebras pulled in $1.1 billion in fresh capital at an $8.1 billion valuation.",
        "en",
      ),
      [
        ["Cerebras", "funding_round", 1.1e9],
        ["Cerebras", "valuation", 8.1e9],
      ],
    );
  });

  it("is a round: récolté ou obtenu auprès d'investisseurs (FR)", () => {
    assert.deepEqual(
      ownerMetricValue("Zorbex a récolté 200 millions d'euros auprès d'un groupe d'investisseurs.", "fr"),
      [["Zorbex", "funding_round", 2e8]],
    );
    assert.deepEqual(
      ownerMetricValue("Quillon a obtenu 120 millions d'euros auprès de ses investisseurs.", "fr"),
      [["Quillon", "funding_round", 1.2e8]],
    );
  });
});

describe("money won or pocketed, in the words of a headline", () => {
  it("is a round: décroche, empoche (FR)", () => {
    assert.deepEqual(ownerMetricValue("Mistral AI décroche 600 millions d'euros.", "fr"), [
      ["Mistral AI", "funding_round", 6e8],
    ]);
    assert.deepEqual(
      ownerMetricValue("Nscale a empoché 1,1 milliard de dollars auprès d'investisseurs.", "fr"),
      [["Nscale", "funding_round", 1.1e9]],
    );
    assert.ok(
      ownerMetricValue("Nscale décroche un contrat de 2 milliards de dollars.", "fr").every(
        ([, metric]) => metric !== "funding_round",
      ),
    );
  });

  it("is a round: nabs, rakes in (EN)", () => {
    assert.deepEqual(ownerMetricValue("Mistral AI nabs $600 million.", "en"), [
      ["Mistral AI", "funding_round", 6e8],
    ]);
    assert.deepEqual(ownerMetricValue("Nscale rakes in $1.1 billion from investors.", "en"), [
      ["Nscale", "funding_round", 1.1e9],
    ]);
  });
});
