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

describe("periods: 'on December 30', « le 30 décembre »: a day with no year after on/le", () => {
  it("the latest such day by publication for a finished act (EN)", () => {
    assert.equal(findTimeMentions("Lambda said on December 30 it had", "2026-01-05")[0]?.asOf, "2025-12-30");
    const claims = extract(
      "Lambda completed a $900 million investment in Kappa on December 30.",
      "en",
      "2026-01-05",
    );
    assert.equal(JSON.stringify(claimAt(claims, 900e6).period).includes("2025-12"), true);
  });

  it("the same in French, « le 1er » included (FR)", () => {
    assert.equal(
      findTimeMentions("Lambda a annoncé le 30 décembre avoir", "2026-01-05")[0]?.asOf,
      "2025-12-30",
    );
    assert.equal(findTimeMentions("la période achevée le 1er février", "2026-03-05")[0]?.asOf, "2026-02-01");
  });

  it("the coming day in a clause about the future (FR)", () => {
    assert.equal(
      findTimeMentions("Le 15 mars, Lambda ouvrira son site", "2026-01-05")[0]?.asOf,
      "2026-03-15",
    );
  });

  it("a year written after the day wins (EN near miss)", () => {
    assert.equal(findTimeMentions("on March 15, 2024, Lambda", "2026-01-05")[0]?.asOf, "2024");
  });
});
