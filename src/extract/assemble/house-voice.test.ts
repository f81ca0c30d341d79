import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe('a first-person figure in a company\'s own voice ("At X, we")', () => {
  it("is the company's, not a customer it names (en)", () => {
    const text =
      "At Nscale, we design GPU clusters for training and inference.\n\nThis year Microsoft became our largest customer. We now run 300 MW of power across our campuses.";
    assert.equal(ownerOf(text, "en", 0.3), "Nscale");
  });

  it('is the company\'s after "Here at X we" (en)', () => {
    const text =
      "Here at Crusoe we build data centres next to stranded energy.\n\nOpenAI and Oracle are our anchor tenants. We have 2 GW of capacity under construction.";
    assert.equal(ownerOf(text, "en", 2), "Crusoe");
  });

  it('is the company\'s after "Chez X, nous" (fr)', () => {
    const text =
      "Chez Nscale, nous concevons des grappes de GPU pour l'entraînement.\n\nMicrosoft est devenu notre premier client. Nous exploitons désormais 300 MW de puissance sur nos campus.";
    assert.equal(ownerOf(text, "fr", 0.3), "Nscale");
  });

  it("leaves a figure in the third person to the company it names (en)", () => {
    const text =
      "At Nscale, we design GPU clusters for training and inference.\n\nMicrosoft plans to spend $80 billion on data centres this year.";
    assert.equal(ownerOf(text, "en", 80_000_000_000), "Microsoft");
  });
});
