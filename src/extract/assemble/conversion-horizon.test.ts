import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, periodEndYear } from "../../../test/support/claims.js";

describe("period: the bracket a conversion closes opens no clause between a figure and its date", () => {
  it("'€X ($Y) by 2031' dates both the amount and its conversion (EN)", () => {
    const claims = extract(
      "Lambda Capital plans to invest €12 billion ($13 billion) in Spain by 2031.",
      "en",
      "2025-04-02",
    );
    assert.equal(periodEndYear(claimAt(claims, 12e9)), "2031");
    assert.equal(periodEndYear(claimAt(claims, 13e9)), "2031");
  });

  it("« X € (Y $) d'ici 2031 » dates both (FR)", () => {
    const claims = extract(
      "Le fonds Lambda Capital prévoit d'investir 12 milliards d'euros (13 milliards de dollars) en Espagne d'ici 2031.",
      "fr",
      "2025-04-02",
    );
    assert.equal(periodEndYear(claimAt(claims, 12e9)), "2031");
    assert.equal(periodEndYear(claimAt(claims, 13e9)), "2031");
  });

  it("a later clause's horizon stays in another clause (EN near miss)", () => {
    const claims = extract(
      "Lambda Capital is set to invest €12 billion ($13 billion) in Spain, and its partner will open a campus there by 2031.",
      "en",
      "2025-04-02",
    );
    assert.match(claimAt(claims, 12e9).explanation ?? "", /"by 2031" -\d+ \[otherClause -500/u);
    assert.match(claimAt(claims, 13e9).explanation ?? "", /"by 2031" -\d+ \[otherClause -500/u);
  });
});
