import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.value.low ?? c.value.high}`);

describe("a name listed with companies, or in a list opening a clause of corporate finance, is a company", () => {
  it("joins an unknown name to the known companies it is listed with (en)", () => {
    assert.deepEqual(
      owners("Amazon, Alphabet and Ferrovane plan to spend $22 billion on new data centres.", "en"),
      ["Amazon+Alphabet+Ferrovane 22000000000"],
    );
  });

  it("joins an unknown name after « et de » to the known company before it (fr)", () => {
    assert.deepEqual(
      owners("Oracle et Lumetra ont promis ensemble 7 milliards de dollars pour un campus de calcul.", "fr"),
      ["Oracle+Lumetra 7000000000"],
    );
  });

  it("reads a list of unknown names before a plural verb of investment as the group (fr)", () => {
    assert.deepEqual(
      owners(
        "Ferrovane, Lumetra et Castelor comptent investir 3 milliards d'euros dans des centres de données.",
        "fr",
      ),
      ["Ferrovane+Lumetra+Castelor 3000000000"],
    );
  });

  it("keeps a subject compared with another company as the owner (en, fr)", () => {
    assert.deepEqual(
      owners("Castelor, like Meta, plans to spend $2 billion on data centres next year.", "en"),
      ["Castelor 2000000000"],
    );
    assert.deepEqual(
      owners(
        "Lumetra, tout comme Amazon, prévoit d'investir 900 millions d'euros dans ses centres de données.",
        "fr",
      ),
      ["Lumetra 900000000"],
    );
  });

  it("makes no company of a place or a person listed with a company", () => {
    assert.deepEqual(
      owners("Microsoft, Texas and Ohio will share a $4 billion data-centre plan.", "en").length <= 1,
      true,
    );
    assert.ok(
      !owners("Microsoft and Jane Roe said Microsoft will invest $3 billion in data centres.", "en").some(
        (o) => o.includes("Jane"),
      ),
    );
  });
});
