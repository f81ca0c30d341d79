import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier of plans: parts, intentions and funding verbs", () => {
  it("a part ('dont', 'including') of a planned amount is planned with it (FR, EN)", () => {
    const fr = extract(
      "Digital Realty prévoit d'investir 8 milliards d'euros en Allemagne d'ici 2029, dont 5 milliards pour ses campus de Francfort.",
      "fr",
      "2025-04-02",
    );
    assert.equal(claimAt(fr, 8e9).qualifier, "target");
    assert.equal(claimAt(fr, 5e9).qualifier, "target");
    const en = extract(
      "Equinix plans to invest $6 billion in Japan by 2029, including $4 billion for its Osaka campus.",
      "en",
      "2025-04-02",
    );
    assert.equal(claimAt(en, 4e9).qualifier, "target");
  });

  it("a part of an amount already spent stays reported (EN)", () => {
    const en = extract(
      "Equinix spent $6 billion last year, including $4 billion on its Osaka campus.",
      "en",
      "2025-04-02",
    );
    assert.equal(claimAt(en, 4e9).qualifier, "reported");
  });

  it("an intention to build ('compte développer', 'intends to build') is a target (FR, EN)", () => {
    const fr = extract(
      "Le fonds Ardian compte développer un campus de 2 GW près de Lyon.",
      "fr",
      "2025-04-02",
    );
    assert.equal(claimAt(fr, 2).qualifier, "target");
    const en = extract("Stack Infrastructure intends to build a 2 GW campus near Milan.", "en", "2025-04-02");
    assert.equal(claimAt(en, 2).qualifier, "target");
  });

  it("money that funds or finances a site is an investment (FR, EN)", () => {
    const fr = extract(
      "Le fonds Ardian financera un campus en Bavière pour un montant compris entre 4 et 6 milliards d'euros.",
      "fr",
      "2025-04-02",
    );
    assert.equal(claimAt(fr, 4e9).metric, "investment");
    const en = extract("Blackstone will fund the Aragon campus with $7 billion.", "en", "2025-04-02");
    assert.equal(claimAt(en, 7e9).metric, "investment");
  });
});
