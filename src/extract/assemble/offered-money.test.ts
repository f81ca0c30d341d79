import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

function roles(text: string, language: "en" | "fr", value: number): [string, string, string | null] {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.metric, claim.counterparty];
}

describe("money offered by an investor: the offer is the investor's, the valuation it lifts the receiver's", () => {
  it("reads 'an investment offer from X' as X investing (en)", () => {
    assert.deepEqual(
      roles("Crusoe turned down a $500 million investment offer from Nvidia last year.", "en", 500e6),
      ["Nvidia", "investment", "Crusoe"],
    );
  });

  it("gives the valuation a relative clause after the offer lifts to the receiver (fr)", () => {
    const text =
      "Crusoe a écarté une offre d'investissement de 300 millions de dollars de Nvidia, qui aurait porté sa valorisation à 4 milliards.";
    assert.equal(roles(text, "fr", 4e9)[0], "Crusoe");
    assert.deepEqual(roles(text, "fr", 300e6), ["Nvidia", "investment", "Crusoe"]);
  });

  it("gives the valuation to the receiver (en)", () => {
    assert.equal(
      roles(
        "Crusoe turned down an investment offer from Nvidia, which would have lifted its valuation to $7 billion.",
        "en",
        7e9,
      )[0],
      "Crusoe",
    );
  });

  it("keeps a company's own valuation in a relative clause after its name", () => {
    assert.equal(
      roles(
        "Nvidia, which lifted its valuation to $5 trillion, said it would invest $2 billion.",
        "en",
        5e12,
      )[0],
      "Nvidia",
    );
  });
});
