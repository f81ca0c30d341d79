import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).metric;

describe("which word says what a figure measures", () => {
  it('a stranded "commit to" before a colon commits to nothing (en)', () => {
    const text =
      "Nadella also set out a gaming revenue path that few groups would ever commit to: from an expected $25 billion in fiscal 2026, the unit would climb to $31 billion in 2027.";
    assert.equal(metricOf(text, "en", 25e9), "revenue");
    assert.equal(metricOf(text, "en", 31e9), "revenue");
  });

  it("« sur laquelle peu de groupes s'engagent : » commits to nothing (fr)", () => {
    const text =
      "Microsoft a détaillé une trajectoire de revenus sur laquelle peu de groupes s'engagent : de 25 milliards de dollars attendus en 2026, sa division passerait à 31 milliards en 2027.";
    assert.equal(metricOf(text, "fr", 25e9), "revenue");
  });

  it("a metric word in a phrase opening the sentence beside its subject measures something else (en, fr)", () => {
    const en =
      "Alongside the backlog jump, Nadella set out a gaming revenue path: from an expected $25 billion in fiscal 2026, the unit would climb to $31 billion in 2027.";
    assert.equal(metricOf(en, "en", 25e9), "revenue");
    const fr =
      "Outre le carnet de commandes, Microsoft a détaillé une trajectoire de revenus pour sa division jeux : 25 milliards de dollars attendus en 2026, puis 31 milliards en 2027.";
    assert.equal(metricOf(fr, "fr", 25e9), "revenue");
  });

  it("renting servers described at length from a named supplier is a commitment to it (en, fr)", () => {
    const en = "AMD spends $1.5 billion to rent GPU servers equipped with its own chips from Crusoe.";
    const claim = claimAt(extract(en, "en"), 1.5e9);
    assert.deepEqual(
      [claim.entity, claim.metric, claim.counterparty],
      ["AMD", "compute_commitment", "Crusoe"],
    );
    const fr =
      "AMD dépense 1,5 milliard de dollars pour louer à Crusoe des serveurs équipés de ses propres puces.";
    assert.equal(metricOf(fr, "fr", 1.5e9), "compute_commitment");
  });

  it("« d'une année sur l'autre » after a percentage is growth (fr); 'from a year earlier' too (en)", () => {
    const fr =
      "TeraWulf a annoncé des revenus de 900 millions de dollars, marquant une hausse spectaculaire de 150 % d'une année sur l'autre.";
    assert.equal(metricOf(fr, "fr", 1.5), "revenue_growth");
    const en = "TeraWulf reported revenue of $840 million, an increase of 135% from a year earlier.";
    assert.equal(metricOf(en, "en", 1.35), "revenue_growth");
  });
});
