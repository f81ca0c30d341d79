import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text, language, published: "2025-07-20", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
  );

describe("the company bought is not what an article about the purchase is about", () => {
  it("leaves the pronouns and 'l'entreprise' of later paragraphs to the buyer (French)", () => {
    const text = [
      "Le spécialiste des GPU Lambda a longtemps loué ses serveurs à des startups.",
      "Le 3 juin, il a annoncé l'acquisition de Ferrox Mining pour 4 milliards de dollars. Ferrox Mining a été fondée en 2016, elle minait du bitcoin.",
      "L'entreprise est passée de 20 millions de dollars de chiffre d'affaires en 2022 à 900 millions en 2024. Il affiche 120 millions de dollars de pertes au T1 2025.",
    ].join("\n\n");
    const got = owners(text, "fr");
    assert.ok(got.includes("Lambda acquisition_price 4000000000"), got.join(" | "));
    assert.ok(got.includes("Lambda revenue 20000000"), got.join(" | "));
    assert.ok(got.includes("Lambda net_loss 120000000"), got.join(" | "));
  });

  it("leaves 'the company' and 'it' of later paragraphs to the buyer (English)", () => {
    const text = [
      "GPU cloud Lambda has long rented servers to start-ups.",
      "On June 3, it agreed to acquire Ferrox Mining for $4 billion. Ferrox Mining was founded in 2016 and mined bitcoin.",
      "The company grew from $20 million of revenue in 2022 to $900 million in 2024.",
    ].join("\n\n");
    const got = owners(text);
    assert.ok(got.includes("Lambda acquisition_price 4000000000"), got.join(" | "));
    assert.ok(got.includes("Lambda revenue 20000000"), got.join(" | "));
  });
});
