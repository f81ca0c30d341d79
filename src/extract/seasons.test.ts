import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTimeMentions } from "./periods.js";

const asOf = (text: string, published: string) => findTimeMentions(text, published).map((t) => t.asOf);

describe("seasons as dates", () => {
  it("'l'été dernier' and 'au printemps' are the latest ones gone by publication (FR)", () => {
    assert.deepEqual(asOf("L'été dernier, le groupe a levé des fonds.", "2026-01-08"), ["2025-08"]);
    assert.deepEqual(asOf("Le groupe a racheté au printemps une start-up.", "2025-11-20"), ["2025-05"]);
  });

  it("'à l'automne' in a January report is the autumn just gone, 'l'hiver prochain' the coming one (FR)", () => {
    assert.deepEqual(asOf("l'objectif qu'elle s'était fixé à l'automne", "2026-01-08"), ["2025-11"]);
    assert.deepEqual(asOf("mise en service l'hiver prochain", "2025-10-02"), ["2026-02"]);
  });

  it("'last summer', 'next spring' and 'in the fall of 2024' resolve against publication (EN)", () => {
    assert.deepEqual(asOf("The firm raised money last summer.", "2025-07-15"), ["2024-08"]);
    assert.deepEqual(asOf("The plant opens next spring.", "2025-07-15"), ["2026-05"]);
    assert.deepEqual(asOf("It was valued in the fall of 2024.", "2025-07-15"), ["2024-11"]);
  });

  it("'a été' and 'the fall in shares' are no seasons", () => {
    assert.deepEqual(asOf("Le contrat a été signé.", "2025-07-15"), []);
    assert.deepEqual(asOf("Analysts blamed the fall in shares on costs.", "2025-07-15"), []);
  });

  it("a season followed by the deal it dates ('last fall in a round') is still a season (EN, FR)", () => {
    assert.deepEqual(
      asOf("Zenith Labs raised $1.7 billion last fall in a round led by Acme.", "2026-02-03"),
      ["2025-11"],
    );
    assert.deepEqual(
      asOf("Zenith Labs a levé 1,7 milliard l'automne dernier dans un tour mené par Acme.", "2026-02-03"),
      ["2025-11"],
    );
    assert.deepEqual(asOf("Shares saw their last fall in a decade.", "2026-02-03"), []);
  });
});
