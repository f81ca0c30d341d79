import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields, extract } from "../../../test/support/claims.js";

const owners = (text: string, language: "fr" | "en", metric: string) =>
  claimFields(["entity", "value"], { published: "2026-03-02", where: (c) => c.metric === metric })(
    text,
    language,
  );

describe("the company a sentence's opening frames", () => {
  it("is what the next sentence's description points back at (en)", () => {
    const text =
      "Microsoft signs GPU rental deal with IREN\n\nMicrosoft agreed on Monday to rent Nvidia GPUs from IREN for five years.\n\nFor IREN, the agreement is a step away from bitcoin mining. The company says it already runs 1,500 MW of data-centre capacity.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["IREN", 1.5]]);
  });

  it("is what the next sentence's description points back at (fr)", () => {
    const text =
      "Microsoft signe avec Nscale\n\nMicrosoft a signé lundi un contrat de location de GPU avec Nscale.\n\nPour Nscale, l'accord change l'échelle de ses projets. La société exploite déjà 400 MW de capacité en Europe.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Nscale", 0.4]]);
  });
});

describe("a single company a sentence without a company subject describes", () => {
  it("is what the next sentence's description points back at, from a relative clause (en)", () => {
    const text =
      "Oracle opens new cloud regions\n\nOracle said on Tuesday it would open new cloud regions. The partnership is a boost for CoreWeave, which has grown fast this year. Founded in 2017, the company already runs 420 MW of data-centre capacity.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["CoreWeave", 0.42]]);
  });

  it("is what the next sentence's description points back at, from a relative clause (fr)", () => {
    const text =
      "Amazon investit en Espagne\n\nAmazon a présenté jeudi ses projets espagnols. Le contrat est une aubaine pour Nscale, qui multiplie les accords. Fondée en 2024, la société exploite déjà 300 MW de capacité en Europe.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Nscale", 0.3]]);
  });

  it("is what the next sentence's description points back at, as the agent of its deals (fr)", () => {
    const text =
      "Microsoft loue des GPU\n\nMicrosoft a annoncé lundi un contrat de location de GPU. Cet accord s'ajoute à une série de contrats déjà signés par Nebius. L'entreprise exploite aujourd'hui 220 MW de capacité en Europe.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Nebius", 0.22]]);
  });

  it("is what the next sentence's description points back at, as the agent of its deals (en)", () => {
    const text =
      "Google rents more capacity\n\nGoogle said on Monday it would rent more capacity. The contract adds to a run of deals struck by Lambda this year. The firm now operates 150 MW of data-centre capacity.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["Lambda", 0.15]]);
  });

  it("leaves the topic alone when the sentence names a second company (en)", () => {
    const text =
      "Oracle opens new cloud regions\n\nOracle said on Tuesday it would open new cloud regions. The partnership is a boost for CoreWeave, which counts Microsoft among its customers. The company already runs 420 MW of data-centre capacity.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["Oracle", 0.42]]);
  });

  it("leaves the topic alone when a company is the sentence's subject (fr)", () => {
    const text =
      "Amazon investit en Espagne\n\nAmazon a signé jeudi avec Nscale, qui multiplie les accords. La société exploite déjà 300 MW de capacité en Europe.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Amazon", 0.3]]);
  });
});

describe("a place a company owns, opening a relative clause", () => {
  it("gives the clause's description its owner (en)", () => {
    const text =
      "Microsoft rents GPUs from IREN\n\nMicrosoft agreed to rent Nvidia GPUs from IREN. The racks will go to IREN's Sweetwater campus, where the company is building 600 MW of capacity.";
    assert.deepEqual(owners(text, "en", "datacenter_capacity"), [["IREN", 0.6]]);
  });

  it("gives the clause's description its owner (fr)", () => {
    const text =
      "Microsoft loue des GPU à Nscale\n\nMicrosoft a accepté de louer des GPU à Nscale. Les baies seront livrées sur le campus de Nscale, où l'entreprise construit 90 MW de capacité.";
    assert.deepEqual(owners(text, "fr", "datacenter_capacity"), [["Nscale", 0.09]]);
  });
});

describe("a supplier that supplies a company it names", () => {
  it("leaves the company supplied as what the text goes on about (fr)", () => {
    const text =
      "Microsoft accélère en Europe\n\nMicrosoft a présenté mardi ses projets européens.\n\nEn mai, Nvidia avait accepté de fournir à Mistral AI jusqu'à 18 000 puces. La semaine dernière, la société a promis d'investir 5 milliards d'euros dans des centres de données.";
    assert.deepEqual(owners(text, "fr", "capex"), [["Mistral AI", 5e9]]);
  });

  it("leaves the company supplied as what the text goes on about (en)", () => {
    const text =
      "Microsoft expands in Texas\n\nMicrosoft presented its Texas plans on Tuesday.\n\nLast month, Broadcom agreed to deliver to OpenAI custom accelerators for its clusters. This week, the company pledged to spend $20 billion on data centres in Texas.";
    assert.deepEqual(owners(text, "en", "capex"), [["OpenAI", 20e9]]);
  });

  it("stays the topic when it names no company supplied (en)", () => {
    const text =
      "Microsoft expands in Texas\n\nMicrosoft presented its Texas plans on Tuesday.\n\nLast month, Broadcom agreed to deliver custom accelerators. This week, the company pledged to spend $20 billion on data centres in Texas.";
    assert.deepEqual(owners(text, "en", "capex"), [["Broadcom", 20e9]]);
  });
});

describe("a headline 'X's Y deal'", () => {
  it("is about X: the company's figures later are X's (EN)", () => {
    const claims = extract(
      "CoreWeave's Meta deal lifts backlog\n\nCoreWeave signed a $14.2 billion deal to provide computing power to Meta Platforms through 2031.\n\nAn analyst estimated the company's revenue would reach $12 billion next year.",
      "en",
    );
    assert.equal(claims.find((c) => c.metric === "revenue")?.entity, "CoreWeave");
  });

  it("a French headline naming the partner after the deal noun keeps the same subject (FR)", () => {
    const claims = extract(
      "CoreWeave signe un accord avec Meta\n\nCoreWeave fournira à Meta de la puissance de calcul pour 14,2 milliards de dollars.\n\nSelon un analyste, le chiffre d'affaires de la société atteindra 12 milliards de dollars l'an prochain.",
      "fr",
    );
    assert.equal(claims.find((c) => c.metric === "revenue")?.entity, "CoreWeave");
  });
});
