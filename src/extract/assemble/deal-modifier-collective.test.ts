import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A collective modifying a deal, demand or customer noun is the other side of the deals, not the owner. */
const owners = (text: string, language: "fr" | "en" = "en") =>
  extract(text, language, "2026-03-02").map((c) => c.entity);

describe("a collective that modifies a deal noun", () => {
  it("leaves the company's capacity to the company", () => {
    assert.deepEqual(
      owners(
        "Kestrin Compute had a busy quarter. Hyperscaler orders added 250 megawatts of contracted capacity.",
      ),
      ["Kestrin Compute"],
    );
    assert.deepEqual(
      owners(
        "Maravel Computing a bouclé son exercice. Portés par les contrats hyperscalers, ses engagements de capacité atteignent 1,1 GW.",
        "fr",
      ),
      ["Maravel Computing"],
    );
  });
  it("still gives the collective its own measures", () => {
    assert.deepEqual(
      owners("Hyperscaler spending is set to pass $450 billion this year, Torsen Research says."),
      ["hyperscalers"],
    );
  });
});
