import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a companion named in a phrase that opens the sentence", () => {
  it("is no member of the subject's group after 'alongside', 'along with' (en)", () => {
    for (const lead of ["Alongside", "Along with"])
      assert.deepEqual(
        owners(`${lead} Microsoft, Nebius and Crusoe plan to spend $25 billion on the Finnish site.`, "en"),
        ["Nebius+Crusoe→null 25000000000"],
      );
  });

  it("is no member of the subject's group after « aux côtés de » (fr)", () => {
    assert.deepEqual(
      owners(
        "Aux côtés de Microsoft, Nebius et Crusoe prévoient de dépenser 25 milliards de dollars dans le site finlandais.",
        "fr",
      ),
      ["Nebius+Crusoe→null 25000000000"],
    );
  });

  it("joins the group after 'together with', « conjointement avec » (en, fr)", () => {
    assert.deepEqual(
      owners(
        "Together with Microsoft, Nebius and Crusoe plan to spend $25 billion on the Finnish site.",
        "en",
      ),
      ["Microsoft+Nebius+Crusoe→null 25000000000"],
    );
    assert.deepEqual(
      owners(
        "Conjointement avec Microsoft, Nebius et Crusoe prévoient de dépenser 25 milliards de dollars dans le site finlandais.",
        "fr",
      ),
      ["Microsoft+Nebius+Crusoe→null 25000000000"],
    );
  });

  it("leaves the subject's figures to share out by 'respectively'", () => {
    assert.deepEqual(
      owners(
        "Alongside Microsoft, Nebius and Crusoe will spend $15 billion and $10 billion respectively on the Finnish site.",
        "en",
      ),
      ["Nebius→null 15000000000", "Crusoe→null 10000000000"],
    );
  });

  it("leaves a whole list the phrase closes with a comma: the subject is the name after it (near-miss)", () => {
    assert.deepEqual(
      owners(
        "Aux côtés de Microsoft, de Nebius et de Crusoe, Stargate prévoit de dépenser 25 milliards de dollars.",
        "fr",
      ),
      ["Stargate→null 25000000000"],
    );
    assert.deepEqual(
      owners(
        "Alongside Microsoft, Nebius and Crusoe, Stargate plans to spend $25 billion on the Finnish site.",
        "en",
      ),
      ["Stargate→null 25000000000"],
    );
  });

  it("leaves a lone subject and a phrase with no company (near-miss)", () => {
    assert.deepEqual(
      owners("Aux côtés de Microsoft, Nebius investira 3 milliards de dollars dans Crusoe.", "fr"),
      ["Nebius→Crusoe 3000000000"],
    );
    assert.deepEqual(
      owners("Alongside its results, Nebius said it plans to spend $25 billion on new sites.", "en"),
      ["Nebius→null 25000000000"],
    );
  });
});

describe("a company named after a bare 'With', « Avec » opening the sentence", () => {
  it("is no member of the subject's group (en, fr)", () => {
    assert.deepEqual(
      owners("With Microsoft, Nebius and Crusoe plan to spend $25 billion on the Finnish site.", "en"),
      ["Nebius+Crusoe→null 25000000000"],
    );
    assert.deepEqual(
      owners(
        "Avec Microsoft, Nebius et Crusoe prévoient de dépenser 25 milliards de dollars dans le site finlandais.",
        "fr",
      ),
      ["Nebius+Crusoe→null 25000000000"],
    );
  });

  it("keeps the role the verb gives it: a deal's counterparty", () => {
    assert.deepEqual(owners("Avec AMD, Anthropic a signé un contrat de 12 milliards de dollars.", "fr"), [
      "Anthropic→AMD 12000000000",
    ]);
  });

  it("leaves a list the absolute clause makes one subject (near-miss)", () => {
    assert.deepEqual(
      owners(
        "With Microsoft, Nebius and Crusoe set to spend $25 billion on the Finnish site, suppliers are busy.",
        "en",
      ),
      ["Microsoft+Nebius+Crusoe→null 25000000000"],
    );
  });
});
