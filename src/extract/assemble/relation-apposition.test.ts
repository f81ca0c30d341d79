import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("« son concurrent X », 'its partner X': a relation noun introduces the company itself", () => {
  it("makes the rival named after « son concurrent » the owner (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI a signé un contrat de 300 milliards de dollars avec Oracle.\n\nDe son côté, son concurrent Anthropic investira 50 milliards de dollars dans des centres de données au Texas.",
        "fr",
      )[1],
      ["Anthropic", "capex", 50e9],
    );
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI construit un campus en Norvège. Pour ce campus, son partenaire Crusoe investira 3 milliards de dollars dans des centres de données.",
        "fr",
      ).at(-1)?.[0],
      "Crusoe",
    );
  });

  it("makes the partner named after 'its partner' the owner (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "OpenAI signed a $300 billion cloud contract with Oracle. Meanwhile its competitor Anthropic will invest $50 billion in data centers in Texas.",
        "en",
      )[1],
      ["Anthropic", "capex", 50e9],
    );
  });

  it("still reads 'its Nvidia chips' as a noun the name qualifies", () => {
    assert.deepEqual(
      ownerMetricValue("Oracle said it would spend $40 billion on its Nvidia chips this year.", "en")[0]?.[0],
      "Oracle",
    );
  });
});
