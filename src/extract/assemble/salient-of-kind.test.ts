import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

/** Each claim of `metric` with its owner and whether the salient company of a fitting kind decided it. */
function read(text: string, language: "fr" | "en", metric: string) {
  const { claims } = extractClaims({ text, language, published: "2026-04-14", document: "invented" });
  return claims
    .filter((c) => c.metric === metric)
    .map((c) => ({ owner: c.entity, byKind: (c.explanation ?? "").includes("kindOverUnknownTopic") }));
}

describe("a salient company whose kind owns the figure over a topic whose kind says nothing of it", () => {
  // The contract's value makes the deal known: the chipmaker's own kind then gives nothing away (kindOverTopic).
  it("gives a lab the gigawatts of its deal in a chipmaker's article (fr)", () => {
    const text =
      "AMD s'allie à Mistral AI dans le calcul\n\nMistral AI a traité avec AMD pour agrandir ses capacités de calcul pendant plusieurs années.\n\nL'accord, d'une valeur de plusieurs milliards de dollars, porte sur 2 GW de puces installées en Europe.";
    assert.deepEqual(read(text, "fr", "datacenter_capacity"), [{ owner: "Mistral AI", byKind: true }]);
  });

  it("gives a lab the gigawatts of its deal in a chipmaker's article (en)", () => {
    const text =
      "AMD and Cohere sign a compute pact\n\nCohere has struck a long-term agreement with AMD to expand its infrastructure.\n\nThe multiyear contract, worth several billion dollars, covers 2 GW of accelerators to be deployed in Canada.";
    assert.deepEqual(read(text, "en", "datacenter_capacity"), [{ owner: "Cohere", byKind: true }]);
  });

  it("reads another wording: the lab as the subject of a commitment, the capacity in the next paragraph (en)", () => {
    const text =
      "AMD wins a large order\n\nAnthropic agreed on Tuesday to buy AMD accelerators over six years.\n\nDeliveries start in 2027 and will reach 3 GW by 2030.";
    const [claim] = read(text, "en", "datacenter_capacity");
    assert.equal(claim?.owner, "Anthropic");
  });

  it("leaves the topic a lab named only as a complement (near-miss)", () => {
    const text =
      "AMD signe un accord de calcul\n\nAMD a signé un accord de long terme avec Mistral AI.\n\nCe contrat pluriannuel prévoit le déploiement de 2 GW d'accélérateurs en Europe.";
    assert.ok(read(text, "fr", "datacenter_capacity").every((c) => !c.byKind));
  });

  it("leaves the topic a figure its kind owns (near-miss: the chipmaker's revenue)", () => {
    const text =
      "AMD publie ses résultats\n\nMistral AI a signé un accord de long terme avec AMD.\n\nLe chiffre d'affaires trimestriel atteint 9 milliards de dollars.";
    assert.ok(read(text, "fr", "revenue").every((c) => !c.byKind));
  });
});
