import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer } from "../gazetteer.js";
import { extractClaims } from "../index.js";
import { kindFit } from "./owner-kinds.js";

/** The claims of `metric` with their owner and the explanation's entity lines. */
function read(text: string, language: "fr" | "en", metric: string) {
  const { claims } = extractClaims({ text, language, published: "2026-03-02", document: "invented" });
  const claim = claims.find((c) => c.metric === metric);
  assert.ok(claim, `no ${metric} claim`);
  return { owner: claim.entity, rules: claim.explanation?.split("; ") ?? [] };
}

describe("the kinds of company against the owners of a metric", () => {
  const gazetteer = defaultGazetteer();

  it("fits a hyperscaler's capex and a lab's round, not a chipmaker's round", () => {
    assert.equal(kindFit(gazetteer, "Microsoft", "capex"), "fits");
    assert.equal(kindFit(gazetteer, "Anthropic", "funding_round"), "fits");
    assert.equal(kindFit(gazetteer, "Nvidia", "valuation"), "unlikely");
    assert.equal(kindFit(gazetteer, "KKR", "revenue"), "unlikely");
  });

  it("says nothing of a company it does not know or of a metric without owners", () => {
    assert.equal(kindFit(gazetteer, "Acme Robotics", "revenue"), null);
    assert.equal(kindFit(gazetteer, "Nvidia", "investment"), null);
  });

  it("gives a company of several kinds the kind that owns the metric", () => {
    assert.equal(kindFit(gazetteer, "Brookfield", "capex"), "fits");
    assert.equal(kindFit(gazetteer, "Brookfield", "revenue_growth"), "fits");
  });

  it("reads a group as its members when they agree, else says nothing", () => {
    assert.equal(kindFit(gazetteer, "Microsoft+Nvidia", "funding_round"), "unlikely");
    assert.equal(kindFit(gazetteer, "Microsoft+Amazon", "capex"), "fits");
    assert.equal(kindFit(gazetteer, "Microsoft+Nvidia", "capex"), null);
  });

  it("leaves a chipmaker the capacity it buys back, but not the chips it sells", () => {
    assert.equal(kindFit(gazetteer, "Nvidia", "compute_commitment"), null);
    assert.equal(kindFit(gazetteer, "Nvidia", "gpu_count"), "unlikely");
    assert.equal(kindFit(gazetteer, "CoreWeave", "gpu_count"), "fits");
  });
});

describe("a company of an unlikely kind named after a figure", () => {
  it("leaves a table row's customers to the lab the article is about (fr)", () => {
    const text =
      "Cohere en chiffres\n\nCohere ouvre un bureau à Paris.\n\n| Indicateur | Valeur |\n|---|---|\n| Clients entreprise | 3 000+ (Micron, Barclays, Engie) |\n";
    const { owner, rules } = read(text, "fr", "business_customers");
    assert.equal(owner, "Cohere");
    assert.ok(rules.some((r) => r.includes("Micron (chipmaker) seldom owns such figures")));
  });

  it("leaves a table row's customers to the lab the article is about (en)", () => {
    const text =
      "Perplexity by the numbers\n\nPerplexity opens an office in London.\n\n| Metric | Value |\n|---|---|\n| Business customers | 2,500+ (Samsung, Deutsche Bank, Enel) |\n";
    const { owner, rules } = read(text, "en", "business_customers");
    assert.equal(owner, "Perplexity");
    assert.ok(rules.some((r) => r.startsWith("entity kinds: Perplexity (lab, startup) owns such figures")));
  });
});

describe("a clear grammatical owner of an unlikely kind", () => {
  it("keeps the figure its subject reports, whatever its kind (fr)", () => {
    const text =
      "OpenAI accélère\n\nOpenAI a présenté mardi ses nouveaux modèles. Blackstone a publié un chiffre d’affaires de 3,1 milliards de dollars au troisième trimestre.";
    const { owner, rules } = read(text, "fr", "revenue");
    assert.equal(owner, "Blackstone");
    assert.ok(rules.some((r) => r.includes("Blackstone (fund) seldom owns such figures")));
  });

  it("keeps the figure its subject reports, whatever its kind (en)", () => {
    const text =
      "Anthropic expands\n\nAnthropic unveiled new models on Tuesday. In New York, KKR reported quarterly revenue of $5.5 billion.";
    const { owner } = read(text, "en", "revenue");
    assert.equal(owner, "KKR");
  });
});
