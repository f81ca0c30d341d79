import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";
import type { FieldDecision } from "./types.js";

/** The owner of each figure of `metric`, and the discourse candidates the scorer saw for it. */
function read(text: string, language: "fr" | "en", metric: string) {
  const decisions: FieldDecision[] = [];
  const { claims } = extractClaims(
    { text, language, published: "2026-03-02", document: "invented" },
    { assembly: { observe: (d) => decisions.push(d) } },
  );
  const claim = claims.find((c) => c.metric === metric);
  assert.ok(claim, `no ${metric} claim`);
  const decision = decisions.find(
    (d) => d.figure.span.start >= claim.span.start && d.figure.span.end <= claim.span.end,
  );
  const discourse = new Map(
    (decision?.options ?? [])
      .filter((o) => o.features.discourse === 1)
      .map((o) => [o.label, o.features] as const),
  );
  return {
    owner: claim.entity,
    counterparty: claim.counterparty,
    discourse,
    rules: claim.explanation?.split("; ") ?? [],
  };
}

describe("an owner named in the previous sentence", () => {
  it("owns the figure a sentence without a company gives (fr)", () => {
    const text =
      "Anthropic lève des fonds\n\nAnthropic a levé 13 milliards de dollars en septembre. Le montant porte la valorisation à 183 milliards de dollars.";
    const { owner, discourse } = read(text, "fr", "valuation");
    assert.equal(owner, "Anthropic");
    assert.equal(discourse.get("Anthropic")?.discourseOwner, 1);
  });

  it("owns the figure a sentence without a company gives (en)", () => {
    const text =
      "Cohere raises money\n\nCohere raised $500 million in August. The amount lifts the valuation to $6.8 billion.";
    const { owner, discourse } = read(text, "en", "valuation");
    assert.equal(owner, "Cohere");
    assert.equal(discourse.get("Cohere")?.discourseSubject, 1);
  });
});

describe("an owner earlier in the paragraph", () => {
  it("outweighs the investor the sentence just before is about (fr)", () => {
    const text =
      "Anthropic lève des fonds\n\nAnthropic a levé 13 milliards de dollars en septembre. Iconiq a mené l'opération. Le montant porte la valorisation à 183 milliards de dollars.";
    const { owner, discourse } = read(text, "fr", "valuation");
    assert.equal(owner, "Anthropic");
    const anthropic = discourse.get("Anthropic");
    assert.equal(anthropic?.paragraphLead, 1);
    assert.equal(anthropic?.kindFits, 1);
  });

  it("outweighs the investor the sentence just before is about (en)", () => {
    const text =
      "xAI raises money\n\nxAI raised $20 billion in January. Thrive Capital led the round. The deal lifts the valuation to $230 billion.";
    const { owner } = read(text, "en", "valuation");
    assert.equal(owner, "xAI");
  });
});

describe("a sentence naming only the other side of the deal", () => {
  it("leaves the figure to the company the paragraph is about, not to the fund before (fr)", () => {
    const text =
      "Mistral AI accélère\n\nMistral AI a levé 1,7 milliard d'euros en septembre. Le fonds Andreessen Horowitz a suivi l'opération. Avec ASML, la valorisation atteint 11,7 milliards d'euros.";
    const { owner, discourse } = read(text, "fr", "valuation");
    assert.equal(owner, "Mistral AI");
    assert.equal(discourse.get("Andreessen Horowitz")?.kindClash, 1);
  });

  it("leaves the figure to the company the paragraph is about, not to the fund before (en)", () => {
    const text =
      "Anthropic raises money\n\nAnthropic raised $13 billion in September. ICONIQ led the deal. Next to Fidelity, the round lifted the valuation to $183 billion.";
    const { owner } = read(text, "en", "valuation");
    assert.equal(owner, "Anthropic");
  });
});

describe("a company the sentence names", () => {
  it("wins over every company the discourse made salient (fr)", () => {
    const text =
      "Anthropic lève des fonds\n\nAnthropic a levé 13 milliards de dollars en septembre. Iconiq a mené l'opération. Mistral AI est valorisée à 12 milliards d'euros.";
    const { owner, discourse } = read(text, "fr", "valuation");
    assert.equal(owner, "Mistral AI");
    assert.ok(discourse.has("Anthropic"));
  });

  it("wins over every company the discourse made salient (en)", () => {
    const text =
      "xAI raises money\n\nxAI raised $20 billion in January. Thrive Capital led the round. Mistral AI is valued at €12 billion.";
    const { owner, discourse } = read(text, "en", "valuation");
    assert.equal(owner, "Mistral AI");
    assert.ok(discourse.has("xAI"));
  });
});

describe("the explanation", () => {
  it("lists a discourse candidate with its evidence", () => {
    const text =
      "xAI raises money\n\nxAI raised $20 billion in January. Thrive Capital led the round. The deal lifts the valuation to $230 billion.";
    const { rules } = read(text, "en", "valuation");
    const line = rules.find((r) => r.startsWith("entity candidates:"));
    assert.match(line ?? "", /xAI 0\.60 \[kindOverTopic \+0\.60\]/u);
    assert.ok(rules.some((r) => /discourse: owner of a figure in 2 sentences before, xAI/u.test(r)));
  });
});

describe("the kinds of an earlier company against the metric's owner kinds", () => {
  it("a hyperscaler agrees with capex, the chipmaker it buys from does not (en)", () => {
    const text =
      "Amazon expands in Ohio\n\nAmazon bought chips from Nvidia in March. Capital expenditure will reach $100 billion in 2026.";
    const { owner, discourse } = read(text, "en", "capex");
    assert.equal(owner, "Amazon");
    assert.equal(discourse.get("Amazon")?.kindFits, 1);
    assert.equal(discourse.get("Nvidia")?.kindFits ?? 0, 0);
  });

  it("un hyperscaler s'accorde avec ses investissements, le fondeur qui le fournit non (fr)", () => {
    const text =
      "Alphabet accélère\n\nAlphabet a acheté des puces à Broadcom en mars. Les dépenses d’investissement atteindront 75 milliards de dollars en 2026.";
    const { owner, discourse } = read(text, "fr", "capex");
    assert.equal(owner, "Alphabet");
    assert.equal(discourse.get("Alphabet")?.kindFits, 1);
    assert.equal(discourse.get("Broadcom")?.kindFits ?? 0, 0);
  });
});

describe("a topic whose kind owns no such figure", () => {
  it("gives a capacity target to the neocloud just named, not to the chipmaker the article is about (en)", () => {
    const text =
      "Nvidia invests in CoreWeave\n\nNvidia bought $2 billion of CoreWeave shares in January. CoreWeave will use the money to buy land and power.\n\nThe target is daunting: 5 gigawatts by 2030.";
    const { owner, discourse } = read(text, "en", "datacenter_capacity");
    assert.equal(owner, "CoreWeave");
    assert.equal(discourse.get("CoreWeave")?.kindOverTopic, 1);
  });

  it("donne l'objectif de capacité au néocloud nommé avant, pas au fondeur dont parle l'article (fr)", () => {
    const text =
      "Broadcom mise sur Nscale\n\nBroadcom a signé un accord avec Nscale en mars. Nscale construira de nouveaux centres de données en Norvège.\n\nL'objectif donne le vertige : 3 gigawatts d'ici 2028.";
    const { owner, discourse } = read(text, "fr", "datacenter_capacity");
    assert.equal(owner, "Nscale");
    assert.equal(discourse.get("Nscale")?.kindOverTopic, 1);
  });

  it("gives a cloud's capacity to the cloud, not to the utility that sells it power (en)", () => {
    const text =
      "Constellation Energy signs with Microsoft\n\nConstellation Energy agreed to restart a reactor. Microsoft will buy the output for twenty years.\n\nIn all, about 0.8 gigawatts of data centres are planned.";
    const { owner } = read(text, "en", "datacenter_capacity");
    assert.equal(owner, "Microsoft");
  });

  it("leaves the figure to a topic of a kind that owns it (fr)", () => {
    const text =
      "CoreWeave accélère\n\nCoreWeave a signé avec Microsoft en mars. Microsoft louera des serveurs pour cinq ans.\n\nL'objectif : 2 gigawatts d'ici 2027.";
    const { owner, discourse } = read(text, "fr", "datacenter_capacity");
    assert.equal(owner, "CoreWeave");
    assert.equal(discourse.get("Microsoft")?.kindOverTopic ?? 0, 0);
  });

  it("leaves the figure to the topic when no company before owns such figures (en)", () => {
    const text =
      "AMD ships chips\n\nAMD sold chips to Broadcom in March. Broadcom resold them in April.\n\nThe plan adds 2 gigawatts by 2027.";
    const { owner } = read(text, "en", "datacenter_capacity");
    assert.equal(owner, "AMD");
  });
});

describe("a state or public body that acts", () => {
  it("is carried as the owner of its pledge into a sentence naming no company (fr)", () => {
    const text =
      "Nvidia présente ses puces\n\nNvidia a tenu sa conférence annuelle. La France va investir 10 milliards d'euros dans le calcul public d'ici 2030. La moitié de l'enveloppe, soit 5 milliards d'euros, ira à deux nouveaux sites.";
    const claims = extractClaims({
      text,
      language: "fr",
      published: "2026-03-02",
      document: "invented",
    }).claims;
    assert.deepEqual(
      claims.filter((c) => c.value.low === 5e9 || c.value.high === 5e9).map((c) => c.entity),
      ["France"],
    );
  });

  it("is offered as a discourse candidate when it acts, not when it is a place (en)", () => {
    const acting =
      "Nvidia shows chips\n\nSaudi Arabia signed a compute pact with Nvidia in May. The plan adds 2 gigawatts by 2028.";
    const place =
      "Nvidia shows chips\n\nNvidia opened an office in Saudi Arabia in May. The plan adds 2 gigawatts by 2028.";
    assert.ok(read(acting, "en", "datacenter_capacity").discourse.has("Saudi Arabia"));
    assert.ok(!read(place, "en", "datacenter_capacity").discourse.has("Saudi Arabia"));
  });
});
