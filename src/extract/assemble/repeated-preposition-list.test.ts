import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const parties = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.metric}`);

describe("a French list of counterparties that repeats its preposition", () => {
  it("« auprès de X et de Y », « d'X et d'Y », « avec X et avec Y » name both suppliers", () => {
    assert.deepEqual(parties("Meta a réservé 1 GW de capacité auprès de Nebius et de CoreWeave.", "fr"), [
      "Meta→Nebius+CoreWeave datacenter_capacity",
    ]);
    assert.deepEqual(
      parties("OpenAI a signé des contrats de 40 milliards de dollars avec Oracle et avec CoreWeave.", "fr"),
      ["OpenAI→Oracle+CoreWeave compute_commitment"],
    );
    assert.deepEqual(parties("OpenAI loue 2 GW de capacité auprès d'Oracle et d'Alphabet.", "fr"), [
      "OpenAI→Oracle+Alphabet datacenter_capacity",
    ]);
  });

  it("the English list without a repeated preposition is unchanged", () => {
    assert.deepEqual(parties("Meta has contracted 1 GW of capacity from Nebius and CoreWeave.", "en"), [
      "Meta→Nebius+CoreWeave datacenter_capacity",
    ]);
  });

  it("near-miss: « et d'autres … avec Y » after the name is no list", () => {
    assert.deepEqual(
      parties(
        "Meta a réservé 1 GW de capacité auprès de Nebius, et d'autres contrats suivront avec CoreWeave.",
        "fr",
      ),
      ["Meta→Nebius datacenter_capacity"],
    );
  });
});
