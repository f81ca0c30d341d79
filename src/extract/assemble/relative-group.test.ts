import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language, "2025-06-15").map((c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`);

describe("a relative clause after companies coordinated by 'and', « et » is the group's", () => {
  it("gives the figure of 'which', 'who' to the companies listed (en)", () => {
    assert.deepEqual(
      owners(
        "Nvidia will sell chips to Amazon and Meta, which plan to spend $60 billion on data centres this year.",
        "en",
      ),
      ["Amazon+Meta capex 60000000000"],
    );
    assert.deepEqual(
      owners(
        "The utility signed power deals with Alphabet and CoreWeave, who will develop a 250 MW campus in Iowa.",
        "en",
      ),
      ["Alphabet+CoreWeave datacenter_capacity 0.25"],
    );
  });

  it("gives the figure of « qui » to the companies listed (fr)", () => {
    assert.deepEqual(
      owners(
        "Le fabricant fournira Amazon et Meta, qui prévoient de dépenser 60 milliards de dollars dans leurs centres de données cette année.",
        "fr",
      ),
      ["Amazon+Meta capex 60000000000"],
    );
    assert.deepEqual(
      owners(
        "L'opérateur a retenu Oracle et Microsoft, qui construiront un campus de 400 MW en Suède.",
        "fr",
      ),
      ["Oracle+Microsoft datacenter_capacity 0.4"],
    );
  });

  it("keeps one company when the clause follows one name, or names joined by 'or'", () => {
    assert.deepEqual(
      owners("Microsoft signed a deal with Meta, which will build a 300 MW campus in Ohio.", "en"),
      ["Meta datacenter_capacity 0.3"],
    );
    assert.deepEqual(
      owners("Oracle chose Microsoft or Meta, which will build a 300 MW campus in Ohio.", "en"),
      ["Meta datacenter_capacity 0.3"],
    );
  });
  it("reads a relative clause without a comma after the list the same way", () => {
    assert.deepEqual(
      owners(
        "Duke Energy signed a supply contract with developers Aligned Data Centers and Stack Infrastructure who will develop a 300 megawatt campus in Ohio.",
        "en",
      ),
      ["Aligned Data Centers+Stack Infrastructure datacenter_capacity 0.3"],
    );
    assert.deepEqual(
      owners(
        "Dominion Energy a signé un contrat avec les promoteurs Aligned Data Centers et Stack Infrastructure qui vont construire un campus de 300 mégawatts en Virginie.",
        "fr",
      ),
      ["Aligned Data Centers+Stack Infrastructure datacenter_capacity 0.3"],
    );
  });

  it("keeps one company when a clause without a comma follows one name", () => {
    assert.deepEqual(
      owners(
        "Duke Energy signed a supply contract with developer Stack Infrastructure who will develop a 300 megawatt campus in Ohio.",
        "en",
      ),
      ["Stack Infrastructure datacenter_capacity 0.3"],
    );
    assert.deepEqual(
      owners(
        "Dominion Energy a signé un contrat avec le promoteur Stack Infrastructure qui va construire un campus de 300 mégawatts en Virginie.",
        "fr",
      ),
      ["Stack Infrastructure datacenter_capacity 0.3"],
    );
  });
});
