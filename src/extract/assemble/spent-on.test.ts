import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-11-04");

describe("qualifier: goods counted after the amount planned or pledged for them", () => {
  it("chips an amount is planned to buy are planned with it (EN)", () => {
    const claims = extract(
      "Oracle, which plans to spend $40 billion on roughly 400,000 Nvidia GB200 chips, will lease the site.",
    );
    assert.equal(at(claims, 400000).qualifier, "target");
    const order = extract("xAI expects to spend some $18 billion for about 300,000 Nvidia GPUs next year.");
    assert.equal(at(order, 300000).qualifier, "target");
  });

  it("chips an amount is planned or pledged to buy are planned or pledged with it (FR)", () => {
    const planned = extract(
      "Meta prévoit de dépenser 25 milliards de dollars pour l'achat de 350 000 puces H100 de Nvidia.",
      "fr",
    );
    assert.equal(at(planned, 350000).qualifier, "target");
    const pledged = extract(
      "Humain s'est engagé à débourser 10 milliards de dollars pour environ 18 000 puces Blackwell de Nvidia.",
      "fr",
    );
    assert.equal(at(pledged, 18000).qualifier, at(pledged, 10e9).qualifier);
  });

  it("a count beside a spent amount, or joined by other words, keeps its own qualifier (EN and FR)", () => {
    const spent = extract("Meta spent $10 billion last quarter on 120,000 Nvidia GPUs.");
    assert.equal(at(spent, 120000).qualifier, "reported");
    const fr = extract(
      "Microsoft prévoit d'investir 80 milliards de dollars cette année et exploite déjà 500 000 GPU de Nvidia.",
      "fr",
    );
    assert.equal(at(fr, 500000).qualifier, "reported");
  });

  it("goods bought with an amount invested in them or set aside for their purchase (EN, FR)", () => {
    const invested = extract("Vantor Labs plans to invest $2 billion in 30,000 Nvidia GPUs.");
    assert.equal(at(invested, 30000).qualifier, "target");
    const purchase = extract(
      "La société Brivelle compte consacrer 2 milliards de dollars à l'achat de 30 000 GPU Nvidia.",
      "fr",
    );
    assert.equal(at(purchase, 30000).qualifier, "target");
  });
});
