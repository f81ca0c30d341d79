import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTimeMentions } from "./periods.js";

describe("a number of years from publication", () => {
  it("'d'ici cinq ans' counts five years from publication (FR)", () => {
    const [t] = findTimeMentions("Le groupe vise 40 millions de puces d'ici cinq ans.", "2026-01-08");
    assert.equal(t?.asOf, "2031-01");
    assert.equal(t?.horizon, true);
  });

  it("'within five years' counts five years from publication (EN)", () => {
    const [t] = findTimeMentions("The group aims for 40 million chips within five years.", "2026-01-08");
    assert.equal(t?.asOf, "2031-01");
  });
});
