import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** A sentence that gives the text a company and a figure of its finance, before the sentence under test. */
const LEAD_EN = "Orvanne said it expects capital expenditures of $40 billion in 2026. ";
const LEAD_FR = "Orvanne prévoit des dépenses d'investissement de 40 milliards de dollars en 2026. ";

const fractions = (text: string, language: "fr" | "en") =>
  extract((language === "fr" ? LEAD_FR : LEAD_EN) + text, language)
    .filter((c) => c.unit === "fraction")
    .map((c) => `${c.metric} ${c.value.low ?? c.value.high}`);

describe("the market share of a rival named beside a company's share of the market", () => {
  it("is no stake when its market is elided (EN)", () => {
    for (const text of [
      "Telvio Cloud holds 30% of the European cloud market, well ahead of Marlow Data's 12%.",
      "Kestrel Chips controls about 70% of the accelerator market, ahead of the 15% held by Brannock Silicon.",
      "Pyxo Compute owns 25% of the GPU cloud market, and Quandel's share is 18%.",
      "Kestrel Chips holds 70% of the accelerator market, versus Brannock Silicon's 15%.",
    ])
      assert.deepEqual(fractions(text, "en"), [], text);
  });

  it("is no stake when its market is elided (FR)", () => {
    for (const text of [
      "Telvio Cloud détient 30 % du marché européen du cloud, loin devant Marlow Data, qui en contrôle 12 %.",
      "Pyxo Compute détient 25 % du marché du cloud GPU, devant les 18 % de Quandel.",
      "Kestrel Chips détient 70 % du marché des accélérateurs, tandis que Brannock Silicon en détient 15 %.",
      "Kestrel Chips contrôle 70 % du marché des accélérateurs ; Brannock Silicon en possède 15 %.",
      "Avec 25 % du marché du cloud GPU, Pyxo Compute devance Quandel, qui en détient 18 %.",
    ])
      assert.deepEqual(fractions(text, "fr"), [], text);
  });

  it("leaves a stake or a growth rate given after a market share", () => {
    assert.deepEqual(
      fractions(
        "Telvio Cloud holds 30% of the European cloud market and owns a 12% stake in Marlow Data.",
        "en",
      ),
      ["equity_stake 0.12"],
    );
    assert.deepEqual(
      fractions(
        "Kestrel Chips contrôle 70 % du marché des accélérateurs, et son chiffre d'affaires a progressé de 15 % sur l'année.",
        "fr",
      ),
      ["revenue_growth 0.15"],
    );
  });
});
