import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.metric} ${c.value.low}`);

describe("two companies, then a figure for the first and one for the second", () => {
  it("gives each figure to its company: 'pour le premier … pour le second' (fr)", () => {
    assert.deepEqual(
      owners(
        "Amazon et Meta anticipent des dépenses d'investissement de 125 milliards de dollars pour le premier et de 70 milliards pour le second.",
        "fr",
      ),
      ["Amazon capex 125000000000", "Meta capex 70000000000"],
    );
    assert.deepEqual(
      owners(
        "OpenAI et Anthropic sont valorisées à 500 milliards de dollars pour la première et 183 milliards pour la seconde.",
        "fr",
      ),
      ["OpenAI valuation 500000000000", "Anthropic valuation 183000000000"],
    );
  });

  it("gives each figure to its company: 'for the former … for the latter' (en)", () => {
    assert.deepEqual(
      owners(
        "Amazon and Meta expect capital expenditure of $125 billion for the former and $70 billion for the latter.",
        "en",
      ),
      ["Amazon capex 125000000000", "Meta capex 70000000000"],
    );
  });
});

describe("investments shared out among a list of companies", () => {
  it("name none of the list as another's investee: each company's own spending (fr, en)", () => {
    assert.deepEqual(
      owners(
        "Amazon et Meta anticipent respectivement des investissements de 125 milliards de dollars et de 70 milliards.",
        "fr",
      ),
      ["Amazon capex 125000000000", "Meta capex 70000000000"],
    );
    assert.deepEqual(
      owners(
        "Amazon et Meta anticipent des investissements de 125 milliards de dollars pour le premier et de 70 milliards pour le second.",
        "fr",
      ),
      ["Amazon capex 125000000000", "Meta capex 70000000000"],
    );
    assert.deepEqual(
      owners("Amazon and Meta plan to invest $125 billion and $70 billion respectively.", "en"),
      ["Amazon capex 125000000000", "Meta capex 70000000000"],
    );
  });
});
