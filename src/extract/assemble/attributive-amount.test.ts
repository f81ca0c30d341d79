import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).metric;

describe("the noun an amount sizes outweighs a metric word elsewhere in the sentence", () => {
  it("an amount before its noun, past a bracketed restatement and a duration (en)", () => {
    assert.equal(
      metricOf(
        "Cloud revenues have grown for eight quarters, and Alibaba will extend the streak with a RMB 380 billion ($52 billion) three-year investment plan.",
        "en",
        380e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "Its revenue up 20%, Tencent unveiled a HK$90 billion (US$11.5 billion) multi-year capex programme.",
        "en",
        90e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "After record sales, Siemens approved a €5 billion five-year investment budget for its factories.",
        "en",
        5e9,
      ),
      "capex",
    );
  });

  it("the noun after the amount's complement still names it (fr)", () => {
    assert.equal(
      metricOf(
        "Portée par ses revenus, Mistral AI annonce un plan d'investissement de 50 milliards d'euros (58 milliards de dollars) sur trois ans.",
        "fr",
        50e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "Le chiffre d'affaires d'Orange progresse, et le groupe dévoile une enveloppe d'investissement de 2 milliards d'euros sur cinq ans.",
        "fr",
        2e9,
      ),
      "capex",
    );
  });

  it("a metric word after other words is not sized by the amount (en)", () => {
    assert.equal(
      metricOf(
        "Alibaba's revenue reached RMB 33.4 billion ($4.66 billion) last quarter, beating investment forecasts.",
        "en",
        33.4e9,
      ),
      "revenue",
    );
  });
});
