import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";
import { listedSymbols } from "./listed-symbols.js";
import { findNameStarts } from "./name-starts.js";

const symbolsOf = (text: string) =>
  listedSymbols(text, findNameStarts(text).capitals).map((l) => [l.name, l.symbol]);

describe("a company introduced with its stock-exchange symbol", () => {
  it("is found with its exchange, with or without a legal suffix and spaces before the colon", () => {
    assert.deepEqual(
      symbolsOf(
        "Shares of Halden Fusion Inc. (NYSE: HLDF) and of Korvia Photonics (NASDAQ: KRVP) rose, as did Lumen Atome (Euronext Paris : LUAT).",
      ),
      [
        ["Halden Fusion", "HLDF"],
        ["Korvia Photonics", "KRVP"],
        ["Lumen Atome", "LUAT"],
      ],
    );
  });

  it("stands alone in the parenthesis only after a legal suffix", () => {
    assert.deepEqual(
      symbolsOf("Brava Mining Ltd (BRVM) said the Agence Internationale (AIE) and Nordlicht (GW) agree."),
      [["Brava Mining", "BRVM"]],
    );
  });

  it("is written by its symbol in the rest of the document (en)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Power stocks rally\n\nMicrosoft said it expects capex of $80 billion this year. Halden Fusion Inc. (NYSE: HLDF) also drew buyers. HLDF shares jumped after HLDF raised $1.2 billion in a stock offering.",
      ),
      [
        ["Microsoft", "capex", 80e9],
        ["Halden Fusion Inc", "funding_round", 1.2e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Optics\n\nNvidia posted revenue of $57 billion. Korvia Photonics (NASDAQ: KRVP) traded higher. Later, KRVP reported revenue of $118 million for the quarter.",
      ),
      [
        ["Nvidia", "revenue", 57e9],
        ["Korvia Photonics", "revenue", 118e6],
      ],
    );
  });

  it("is written by its symbol in the rest of the document (fr)", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Valeurs de l'énergie\n\nMicrosoft prévoit 80 milliards de dollars de dépenses d'investissement. Halden (NYSE : HLDF) a bondi. Quelques heures plus tard, HLDF a levé 1,5 milliard de dollars auprès d'investisseurs.",
        "fr",
      ),
      [
        ["Microsoft", "capex", 80e9],
        ["Halden", "funding_round", 1.5e9],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Semi-conducteurs\n\nNvidia a publié un chiffre d'affaires de 57 milliards de dollars. Korvia Photonics (Nasdaq: KRVP) a progressé ; KRVP a réalisé un chiffre d'affaires de 118 millions de dollars au trimestre.",
        "fr",
      ),
      [
        ["Nvidia", "revenue", 57e9],
        ["Korvia Photonics", "revenue", 118e6],
      ],
    );
  });

  it("the parenthesis itself is never a company nor an owner", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Quarterly results\n\nMicrosoft said it expects capex of $80 billion. Korvia Photonics (NASDAQ: KRVP) said its revenue reached $40 million in the quarter.",
      ),
      [
        ["Microsoft", "capex", 80e9],
        ["Korvia Photonics", "revenue", 40e6],
      ],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Résultats\n\nMicrosoft prévoit 80 milliards de dollars de dépenses d'investissement. Oracle (NYSE : ORCL) a annoncé un chiffre d'affaires de 16 milliards de dollars.",
        "fr",
      ),
      [
        ["Microsoft", "capex", 80e9],
        ["Oracle", "revenue", 16e9],
      ],
    );
  });
});
