import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import type { Claim } from "../../core/index.js";

const extractOn = (text: string, language: "fr" | "en") => extract(text, language, "2025-11-12");

const year = (c: Claim) => (c.period && "end" in c.period ? c.period.end?.slice(0, 4) : null);

describe("period: a date right after a figure set against another is that figure's", () => {
  it("'X, against Y in the third quarter of 2024' leaves X undated (EN)", () => {
    const claims = extractOn(
      "Lambda's net loss shrank to $40 million, against $95 million in the third quarter of 2024.",
      "en",
    );
    assert.equal(year(claimAt(claims, 95e6)), "2024");
    assert.equal(year(claimAt(claims, 40e6)), "2025");
  });

  it("'X, contre Y au troisième trimestre 2024' leaves X undated (FR)", () => {
    const claims = extractOn(
      "La perte nette de Lambda s'est réduite à 40 millions de dollars, contre 95 millions de dollars au troisième trimestre 2024.",
      "fr",
    );
    assert.equal(year(claimAt(claims, 95e6)), "2024");
    assert.equal(year(claimAt(claims, 40e6)), "2025");
  });
});
