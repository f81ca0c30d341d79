import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt as at, claimReader } from "../../../test/support/claims.js";

const extract = claimReader("2025-06-12");

describe("qualifier: chips or capacity a deal supplies, dated by when supply begins, are a commitment", () => {
  it("chips or megawatts of a deal named just before, with a start date (EN)", () => {
    const deliveries = extract(
      "Lambda signed a multiyear deal with Meta last week. Lambda will bring 18,000 GPUs online for Meta in Ohio, with deliveries beginning in early 2026.",
    );
    assert.equal(at(deliveries, 18000).qualifier, "commitment");
    const option = extract(
      "Crusoe agreed a lease with Anthropic in Wyoming. Anthropic holds an option to take a further 350 megawatts at the site beginning in 2027.",
    );
    assert.equal(at(option, 0.35).qualifier, "commitment");
    const list = extract(
      "Nebius has a contract with Microsoft covering four sites. The list: Finland, 9,000 GPUs starting in Q3 2026; Iceland, 15,000 GPUs from 2027.",
    );
    assert.equal(at(list, 9000).qualifier, "commitment");
  });

  it("a deal's first tranche delivered from a date (FR)", () => {
    const des = extract(
      "Mistral AI a signé un accord avec Fluidstack. Une première tranche de 500 mégawatts sera livrée à Mistral AI dès le second semestre 2026.",
      "fr",
    );
    assert.equal(at(des, 0.5).qualifier, "commitment");
    const debut = extract(
      "L'accord conclu entre Cerebras et Meta porte sur 5 GW. Le déploiement de 1,5 gigawatt de puces Cerebras devrait débuter en 2027.",
      "fr",
    );
    assert.equal(at(debut, 1.5).qualifier, "commitment");
  });

  it("the company's own plan with a start date stays a target, a deal nearby or not (FR and EN)", () => {
    const fr = extract("Lambda prévoit d'y exploiter jusqu'à 6 000 GPU dès le début de 2026.", "fr");
    assert.equal(at(fr, 6000).qualifier, "target");
    const en = extract(
      "Lambda signed a deal with Meta in May. Separately, Lambda plans to run 20,000 GPUs at its own campus starting in 2027.",
    );
    assert.equal(at(en, 20000).qualifier, "target");
  });
});

describe("qualifier: a figure the deal itself provides for is a commitment", () => {
  it("« le contrat prévoit » (FR) and 'the agreement calls for' (EN)", () => {
    const fr = extract(
      "Ce contrat pluriannuel entre Anthropic et Google prévoit le déploiement de 4 GW de processeurs TPU.",
      "fr",
    );
    assert.equal(at(fr, 4).qualifier, "commitment");
    const en = extract(
      "The multiyear agreement between Meta and Broadcom calls for the deployment of 3 gigawatts of custom chips.",
    );
    assert.equal(at(en, 3).qualifier, "commitment");
  });

  it("a company that plans after a deal keeps its target (FR and EN)", () => {
    const fr = extract(
      "Après cet accord, Lambda prévoit d'exploiter 40 000 GPU dans ses centres de données.",
      "fr",
    );
    assert.equal(at(fr, 40000).qualifier, "target");
    const en = extract("Following the agreement, Lambda plans to deploy 2 gigawatts of capacity by 2028.");
    assert.equal(at(en, 2).qualifier, "target");
  });
});
