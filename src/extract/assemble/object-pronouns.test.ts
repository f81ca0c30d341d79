import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const deals = (text: string, language: "fr" | "en") =>
  extract(text, language).map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high} cp=${c.counterparty}`,
  );

describe("a customer named only by an object pronoun", () => {
  it("« lui » before a verb of leasing or selling is the company the supplier serves (fr)", () => {
    assert.deepEqual(
      deals(
        "Meta accélère dans l'IA. Le groupe de Menlo Park a besoin de capacité : CoreWeave lui louera pour 14 milliards de dollars de serveurs.",
        "fr",
      ),
      ["Meta compute_commitment 14000000000 cp=CoreWeave"],
    );
    assert.deepEqual(
      deals(
        "Microsoft a besoin de puissance de calcul. Nebius lui fournira 17,4 milliards de dollars de capacité.",
        "fr",
      ),
      ["Microsoft compute_commitment 17400000000 cp=Nebius"],
    );
  });

  it("« avec elle » is never the subject of its own clause (fr)", () => {
    assert.deepEqual(
      deals(
        "OpenAI diversifie ses fournisseurs. Cerebras a signé avec elle un accord de 10 milliards de dollars.",
        "fr",
      ),
      ["OpenAI compute_commitment 10000000000 cp=Cerebras"],
    );
  });

  it("leaves the stressed « lui » and « à lui seul » to their subject (fr)", () => {
    assert.deepEqual(
      deals(
        "Oracle investit. OpenAI, lui, a pris 300 milliards de dollars d'engagements envers le groupe.",
        "fr",
      ).map((d) => d.split(" ")[0]),
      ["OpenAI"],
    );
    assert.deepEqual(
      deals("Amazon, à lui seul, prévoit 125 milliards de dollars d'investissements en 2025.", "fr").map(
        (d) => d.split(" ")[0],
      ),
      ["Amazon"],
    );
  });

  it("the named customer of the same deal is read as before (en)", () => {
    assert.deepEqual(deals("Nebius will provide Microsoft with $17.4 billion of computing capacity.", "en"), [
      "Microsoft compute_commitment 17400000000 cp=Nebius",
    ]);
  });
});
