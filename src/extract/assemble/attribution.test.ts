import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const claims = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims;

const candidatesPart = (explanation: string | undefined) =>
  (explanation ?? "").split("; ").find((part) => part.startsWith("attribution candidates: "));

describe("a figure's attribution", () => {
  it("is the outlet a sentence credits, listed before the article's outlet", () => {
    const [first, second] = claims(
      "According to the Financial Times, Vexor raised $2 billion in March. Vexor plans to spend $5 billion on chips next year.",
    );
    assert.equal(first?.attribution, "Financial Times");
    assert.equal(second?.attribution, "Financial Times");
    assert.match(
      candidatesPart(second?.explanation) ?? "",
      /^attribution candidates: Financial Times 1 \[articleSource \+1\]$/,
    );
    assert.match(
      candidatesPart(first?.explanation) ?? "",
      /^attribution candidates: Financial Times 64 \[namedLead \+64\]/,
    );
  });

  it("names unnamed sources, and a person with a verb of speech, each ranked below a named lead", () => {
    const [rumour] = claims(
      "Selon des sources proches du dossier, Anthropic lèverait 3 milliards de dollars lors d'un tour de table.",
      "fr",
    );
    assert.match(candidatesPart(rumour?.explanation) ?? "", /\[unnamedSource \+16\]/);
    const [both] = claims(
      "According to Bloomberg, people familiar with the matter said Anthropic would raise $3 billion in a funding round.",
    );
    assert.equal(both?.attribution, "Bloomberg");
    const part = candidatesPart(both?.explanation) ?? "";
    assert.ok(part.indexOf("namedLead") < part.indexOf("unnamedSource"), part);
  });

  it("is the person last quoted when the sentence says 'selon lui' or 'according to him'", () => {
    const found = claims(
      "Dario Amodei, the chief executive of Anthropic, spoke on Tuesday. According to him, revenue will reach $4 billion in 2026.",
    );
    const revenue = found.find((c) => c.value.low === 4e9);
    assert.equal(revenue?.attribution, "Dario Amodei");
    assert.match(candidatesPart(revenue?.explanation) ?? "", /Dario Amodei 4 \[pointedPerson \+4\]/);
  });

  it("lists no attribution candidates when nothing in the text gives a source", () => {
    const [plain] = claims("Vexor a levé 2 milliards de dollars en mars.", "fr");
    assert.equal(plain?.attribution, null);
    assert.equal(candidatesPart(plain?.explanation), undefined);
  });
});

describe("attribution: a title between 'selon' and the person", () => {
  it("'selon son directeur général X' names the source, so a conditional is no hearsay (FR)", () => {
    const claims = extract(
      "Le contrat pourrait rapporter à Broadcom 30 milliards de dollars de revenus, selon son directeur général Hock Tan.",
      "fr",
      "2025-10-06",
    );
    assert.equal(claimAt(claims, 30e9).qualifier, "target");
  });

  it("a conditional with no source named stays hearsay (FR), and 'could bring' with a speaker is a forecast (EN)", () => {
    const fr = extract(
      "Broadcom aurait signé un contrat de 10 milliards de dollars avec OpenAI.",
      "fr",
      "2025-10-06",
    );
    assert.equal(claimAt(fr, 10e9).qualifier, "rumoured");
    const en = extract(
      "The contract could bring Broadcom $30 billion in revenue, chief executive Hock Tan said.",
      "en",
      "2025-10-06",
    );
    assert.equal(claimAt(en, 30e9).qualifier, "target");
  });
});

describe("attribution: a firm named after 'selon' / 'according to'", () => {
  it("a conditional credited to a named bank is its estimate, not hearsay (FR, EN)", () => {
    const fr = extract(
      "Selon Morgan Stanley, le chiffre d'affaires de CoreWeave pourrait atteindre 20 milliards de dollars en 2027.",
      "fr",
      "2025-10-06",
    );
    assert.equal(claimAt(fr, 20e9).qualifier, "estimated");
    const en = extract(
      "According to Morgan Stanley, CoreWeave's revenue could reach $20 billion in 2027.",
      "en",
      "2025-10-06",
    );
    assert.equal(claimAt(en, 20e9).qualifier, "estimated");
  });
});
