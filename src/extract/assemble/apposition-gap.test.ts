import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { onlyAppositionBetween } from "./apposition-gap.js";

describe("period: a date after an apposition is the figure's own", () => {
  it("an apposition set off by commas is no clause (EN and FR)", () => {
    const en = extract(
      "Of the total, $4 billion was spent by the end of this year, including Amazon's $2 billion investment in Anthropic, the San Francisco start-up, in March 2024.",
      "en",
      "2025-11-03",
    );
    assert.deepEqual(claimAt(en, 2e9).period, { asOf: "2024-03" });
    const fr = extract(
      "Au total, 4 milliards d'euros ont été dépensés d'ici la fin de cette année, dont l'investissement de 2 milliards d'euros de Nvidia dans Mistral AI, la start-up parisienne, en juin 2024.",
      "fr",
      "2025-11-03",
    );
    assert.deepEqual(claimAt(fr, 2e9).period, { asOf: "2024-06" });
  });

  it("an insert with a verb or a relative pronoun stays a clause", () => {
    assert.equal(onlyAppositionBetween(" in G42, the Abu Dhabi company, in "), true);
    assert.equal(onlyAppositionBetween(" in G42, a company based in Abu Dhabi, "), false);
    assert.equal(onlyAppositionBetween(" in G42, which is based in Abu Dhabi, "), false);
    assert.equal(onlyAppositionBetween(" dans Mistral, qui a levé des fonds, "), false);
    assert.equal(onlyAppositionBetween(" dans Mistral, la pépite française, en "), true);
  });
});
