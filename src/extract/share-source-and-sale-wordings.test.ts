import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../test/support/claims.js";

const read = claimReader("2025-11-10");

const metricsOf = (text: string, language: "fr" | "en") => read(text, language).map((c) => c.metric);

describe("a share that comes from somewhere is a round's share only for a round's money (CLAIMS.md §2)", () => {
  it("a round named before, or investors named as the source, make it funding_share", () => {
    assert.ok(
      metricsOf(
        "Mistral AI is raising $12 billion in a new round. About 70% would come from sovereign funds.",
        "en",
      ).includes("funding_share"),
    );
    assert.ok(
      metricsOf(
        "Environ 85 % de la levée de Mistral AI proviennent d'investisseurs américains.",
        "fr",
      ).includes("funding_share"),
    );
  });

  it("a share of a project's value going to a supplier's hardware is no claim (§8 proportions)", () => {
    assert.deepEqual(
      metricsOf(
        "About 55 percent of the budget is to come from Intel accelerators, and most of that will go to Intel.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      metricsOf("Près de 60 % de la valeur proviendra du matériel d'AMD, selon Dravik Research.", "fr"),
      [],
    );
  });
});

describe("a count of shares a holder sold is no warrant (CLAIMS.md §2 warrant_shares)", () => {
  it("the sale's count is dropped, its price stays a deal value", () => {
    const fr =
      "Dravik a vendu en mars 12,4 millions d'actions AMD pour un montant de 2,1 milliards de dollars.";
    assert.deepEqual(metricsOf(fr, "fr"), ["deal_value"]);
    const en = "Dravik sold 12.4 million AMD shares in March for $2.1 billion.";
    assert.deepEqual(metricsOf(en, "en"), ["deal_value"]);
  });

  it("shares under a warrant, even one sold, stay warrant_shares", () => {
    assert.ok(
      metricsOf("Intel sold Cohere a warrant for up to 90 million Intel shares.", "en").includes(
        "warrant_shares",
      ),
    );
    assert.ok(
      metricsOf(
        "AMD a accordé à OpenAI des bons de souscription portant sur 160 millions d'actions.",
        "fr",
      ).includes("warrant_shares"),
    );
  });
});
