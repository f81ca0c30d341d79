import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../test/support/claims.js";
import { findTimeMentions } from "./periods.js";

describe("periods: a day written with no year is the latest such day by publication", () => {
  it("'As of December 31' in January is the December just past (EN)", () => {
    const [mention] = findTimeMentions("As of December 31, the backlog", "2026-01-12");
    assert.equal(mention?.asOf, "2025-12-31");
    const claims = extract(
      "As of December 31, CoreWeave's backlog stood at $48.2 billion.",
      "en",
      "2026-01-12",
    );
    const period = claimAt(claims, 48.2e9).period;
    assert.ok(JSON.stringify(period).includes('"2025-12-31"'), JSON.stringify(period));
  });

  it("'au 31 décembre' in January is the December just past (FR)", () => {
    const [mention] = findTimeMentions("au 31 décembre, le carnet", "2026-01-12");
    assert.equal(mention?.asOf, "2025-12-31");
  });

  it("a day of the month under way stays in the year of publication; a written year wins (EN)", () => {
    assert.equal(findTimeMentions("as of March 3, the", "2026-03-20")[0]?.asOf, "2026-03-03");
    assert.equal(findTimeMentions("as of June 30, 2025", "2026-01-12")[0]?.asOf, "2025");
  });
});
