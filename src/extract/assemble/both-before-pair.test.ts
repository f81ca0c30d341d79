import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.value.low ?? c.value.high}`);

describe("'both' or « tous deux » before a pair of companies: one claim each", () => {
  it("gives each company of 'Both A and B' the figure (en)", () => {
    assert.deepEqual(
      owners("Both Amazon and Microsoft expect capital spending above $55 billion next year.", "en"),
      ["Amazon 55000000000", "Microsoft 55000000000"],
    );
  });

  it("gives each company of « Tous deux, A et B » the figure (fr)", () => {
    assert.deepEqual(
      owners(
        "Tous deux, Amazon et Microsoft prévoient plus de 55 milliards de dollars d'investissements l'an prochain.",
        "fr",
      ),
      ["Amazon 55000000000", "Microsoft 55000000000"],
    );
  });

  it("keeps « chacun » and 'each' after the pair (fr, en)", () => {
    assert.deepEqual(
      owners(
        "Amazon et Microsoft prévoient chacun plus de 55 milliards de dollars d'investissements en 2026.",
        "fr",
      ),
      ["Amazon 55000000000", "Microsoft 55000000000"],
    );
    assert.deepEqual(
      owners("Amazon and Microsoft each expect capex of more than $55 billion in 2026.", "en"),
      ["Amazon 55000000000", "Microsoft 55000000000"],
    );
  });

  it("leaves the pair's sum with the group: 'a combined', « à eux deux » (near-miss)", () => {
    assert.deepEqual(
      owners("Both Amazon and Microsoft expect to spend a combined $110 billion next year.", "en"),
      ["Amazon+Microsoft 110000000000"],
    );
    assert.deepEqual(
      owners(
        "Tous deux, Amazon et Microsoft prévoient 110 milliards de dollars d'investissements à eux deux en 2026.",
        "fr",
      ),
      ["Amazon+Microsoft 110000000000"],
    );
  });

  it("leaves a pair with no 'both' as the group (near-miss)", () => {
    assert.deepEqual(owners("Amazon and Microsoft expect to spend more than $110 billion next year.", "en"), [
      "Amazon+Microsoft 110000000000",
    ]);
  });
});
