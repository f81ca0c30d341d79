import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findTimeMentions } from "./periods.js";

const asOf = (text: string, published: string) => findTimeMentions(text, published).map((t) => t.asOf);

describe("a month without its year in a clause in the future", () => {
  it("is the coming month, not the latest one gone (EN)", () => {
    assert.deepEqual(asOf("Halcyon will sell its remaining shares in February.", "2025-11-12"), ["2026-02"]);
    assert.deepEqual(asOf("The acquisition is set to close in March, pending approval.", "2025-10-02"), [
      "2026-03",
    ]);
    assert.deepEqual(asOf("In January, Borealis will open its second campus.", "2025-09-30"), ["2026-01"]);
  });

  it("is the coming month, not the latest one gone (FR)", () => {
    assert.deepEqual(asOf("L'opération sera bouclée en janvier, selon le groupe.", "2025-11-12"), [
      "2026-01",
    ]);
    assert.deepEqual(asOf("Quartzia va ouvrir son site début mars.", "2025-10-02"), ["2026-03"]);
    assert.deepEqual(asOf("En février, Lumen Data mettra en service 200 MW.", "2025-12-01"), ["2026-02"]);
  });

  it("a plan or a schedule puts the month ahead too (EN, FR)", () => {
    assert.deepEqual(asOf("Halcyon plans to pay the remaining $7.5 billion in January.", "2025-11-12"), [
      "2026-01",
    ]);
    assert.deepEqual(asOf("The sale is expected to close in February.", "2025-10-02"), ["2026-02"]);
    assert.deepEqual(asOf("Quartzia prévoit de verser le solde en mars.", "2025-11-12"), ["2026-03"]);
    assert.deepEqual(asOf("La mise en service est prévue en janvier.", "2025-11-12"), ["2026-01"]);
  });

  it("every verb of the plan list puts the month ahead, a wish or an aim too (EN, FR)", () => {
    assert.deepEqual(asOf("Halcyon wants to list its shares in March.", "2025-11-12"), ["2026-03"]);
    assert.deepEqual(asOf("Borealis seeks to close the round in February.", "2025-11-12"), ["2026-02"]);
    assert.deepEqual(asOf("Quartzia souhaite ouvrir son campus en janvier.", "2025-11-12"), ["2026-01"]);
    assert.deepEqual(asOf("Lumen Data vise à ouvrir son site en mars.", "2025-11-12"), ["2026-03"]);
    assert.deepEqual(asOf("Le groupe espère signer le contrat en février.", "2025-11-12"), ["2026-02"]);
  });

  it("stays the latest one gone after a past verb, in reported speech, or with 'dernier' (EN, FR)", () => {
    assert.deepEqual(asOf("The deal, signed in March, will give Halcyon 10%.", "2025-11-12"), ["2025-03"]);
    assert.deepEqual(asOf("Halcyon said it would close the round in March.", "2025-11-12"), ["2025-03"]);
    assert.deepEqual(asOf("Halcyon was valued in March and will list its shares.", "2025-11-12"), [
      "2025-03",
    ]);
    assert.deepEqual(asOf("Le contrat a été signé en mars et sera prolongé.", "2025-11-12"), ["2025-03"]);
    assert.deepEqual(asOf("Quartzia investira ce qu'elle a promis en mars dernier.", "2025-11-12"), [
      "2025-03",
    ]);
  });

  it("a month still ahead of publication is this year's whatever the tense", () => {
    assert.deepEqual(asOf("The plant will open in December.", "2025-11-12"), ["2025-12"]);
    assert.deepEqual(asOf("Le site ouvrira en novembre.", "2025-11-12"), ["2025-11"]);
  });
});
