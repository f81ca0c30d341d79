import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity→counterparty value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity}→${c.counterparty} ${c.value.low ?? c.value.high}`);

describe("a venture whose members an apposition lists", () => {
  it("owns the figure of the clause after the apposition (en, fr)", () => {
    assert.deepEqual(
      owners(
        "Stargate, a venture between Nvidia, Dell and Cisco, which plans to spend $80 billion on AI factories, was unveiled.",
        "en",
      ),
      ["Stargate→null 80000000000"],
    );
    assert.deepEqual(
      owners(
        "Stargate, une coentreprise entre Nvidia, Dell et Cisco, prévoit de dépenser 80 milliards de dollars.",
        "fr",
      ),
      ["Stargate→null 80000000000"],
    );
  });

  it("leaves an apposition that names no venture (near-miss)", () => {
    assert.deepEqual(
      owners("Nscale, a partner of Nvidia and Dell, plans to spend $8 billion on new sites.", "en"),
      ["Nscale→null 8000000000"],
    );
    assert.deepEqual(owners("Nvidia, Dell and Cisco plan to spend $80 billion on AI factories.", "en"), [
      "Nvidia+Dell+Cisco→null 80000000000",
    ]);
  });

  it("is a company even when the gazetteer does not know its name (en, fr)", () => {
    assert.deepEqual(
      owners(
        "Gulf AI\n\nNordgrid, a venture between Oracle and MGX, which plans 2 GW of capacity, opened in May.",
        "en",
      ),
      ["Nordgrid→null 2"],
    );
    assert.deepEqual(
      owners(
        "IA du Golfe\n\nNordgrid, une coentreprise entre Oracle et MGX, qui prévoit 2 GW de capacité, a ouvert en mai.",
        "fr",
      ),
      ["Nordgrid→null 2"],
    );
    assert.deepEqual(
      owners("Gulf AI\n\nIn May, a venture between Oracle and MGX said it plans 2 GW of capacity.", "en"),
      ["Oracle→null 2"],
    );
  });
});
