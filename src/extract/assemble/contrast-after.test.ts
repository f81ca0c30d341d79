import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.metric} ${c.value.low}`);

describe("a contrastive word after a figure, each figure in a clause of its own", () => {
  it("gives « 100 milliards pour la seconde » to the second company (fr)", () => {
    assert.deepEqual(
      owners(
        "Microsoft et Amazon ont relevé leurs investissements : 80 milliards de dollars pour la première, 100 milliards pour la seconde.",
        "fr",
      ),
      ["Microsoft capex 80000000000", "Amazon capex 100000000000"],
    );
  });

  it("gives '$100 billion for the latter' to the second company (en)", () => {
    assert.deepEqual(
      owners(
        "Microsoft and Amazon raised their capital spending plans: $80 billion for the former, $100 billion for the latter.",
        "en",
      ),
      ["Microsoft capex 80000000000", "Amazon capex 100000000000"],
    );
  });

  it("reads « pour la première phase » as an ordinal, not as a company (fr)", () => {
    assert.deepEqual(
      owners(
        "Microsoft et Amazon financent le campus. Oracle a obtenu une ligne de crédit de 2 milliards de dollars pour la première phase.",
        "fr",
      ).map((o) => o.split(" ")[0]),
      ["Oracle"],
    );
  });
});

describe("« le second de 9 milliards »: the verb left out, the figure behind « de »", () => {
  it("gives the figure to the second company (fr)", () => {
    assert.deepEqual(
      owners(
        "Nvidia et AMD ont publié leurs résultats. Le premier a réalisé un chiffre d'affaires de 46 milliards de dollars, le second de 9 milliards.",
        "fr",
      ),
      ["Nvidia revenue 46000000000", "AMD revenue 9000000000"],
    );
  });

  it("gives each figure to its company even when 'both' stands before them (en)", () => {
    assert.deepEqual(
      owners(
        "Vantor Labs and Quellix Systems both raised money: $80 million for the former and $120 million for the latter.",
        "en",
      ),
      ["Vantor Labs funding_round 80000000", "Quellix Systems funding_round 120000000"],
    );
  });

  it("still gives a figure to both when no contrastive word follows it (en)", () => {
    assert.deepEqual(owners("Vantor Labs and Quellix Systems both raised $80 million this year.", "en"), [
      "Vantor Labs funding_round 80000000",
      "Quellix Systems funding_round 80000000",
    ]);
  });
});
