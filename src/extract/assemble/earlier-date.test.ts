import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("period: a figure with no date that points back to the date given before it", () => {
  it("a round stated as done after the sentence that dates it takes that date (EN)", () => {
    const claims = extract(
      "Anthropic is looking for new funding.\nThe company closed its previous round in December.\nIt raised $700 million at a $17 billion valuation.",
      "en",
      "2024-02-05",
    );
    assert.deepEqual(claimAt(claims, 700e6).period, { asOf: "2023-12" });
    assert.deepEqual(claimAt(claims, 17e9).period, { asOf: "2023-12" });
  });

  it("'alors' points back to the month of the previous sentence (FR)", () => {
    const claims = extract(
      "Anthropic cherche de nouveaux fonds.\nLa société a bouclé son précédent tour de table en décembre.\nElle avait alors levé 700 millions de dollars pour une valorisation de 17 milliards.",
      "fr",
      "2024-02-05",
    );
    assert.deepEqual(claimAt(claims, 700e6).period, { asOf: "2023-12" });
    assert.deepEqual(claimAt(claims, 17e9).period, { asOf: "2023-12" });
  });

  it("a pledge still to be paid that carries out a dated agreement takes the agreement's date (EN, FR)", () => {
    const en = extract(
      "In October, Amazon and Google agreed to back Cohere. Amazon will invest up to $3 billion in the startup.",
      "en",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(en, 3e9).period, { asOf: "2025-10" });
    const fr = extract(
      "En octobre, Amazon et Google ont accepté de soutenir Cohere. Amazon investira jusqu'à 3 milliards de dollars dans la start-up.",
      "fr",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(fr, 3e9).period, { asOf: "2025-10" });
  });

  it("a pledge still to be paid after a dated fact that is no agreement stays of publication (EN, FR)", () => {
    const en = extract(
      "In October, Cohere opened an office in Paris. Amazon will invest up to $3 billion in the startup.",
      "en",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(en, 3e9).period, { asOf: "2026-02" });
    const fr = extract(
      "En octobre, Cohere a ouvert un bureau à Paris. Amazon investira jusqu'à 3 milliards de dollars dans la start-up.",
      "fr",
      "2026-02-10",
    );
    assert.deepEqual(claimAt(fr, 3e9).period, { asOf: "2026-02" });
  });

  it("a pledge after a dated fact and an agreement told later with no date stays of publication (EN, FR)", () => {
    const en = extract(
      "In March, the two firms began working together. Since then Cohere has signed deals with Amazon and Google. Amazon will invest up to $4 billion in the startup.",
      "en",
      "2025-10-14",
    );
    assert.deepEqual(claimAt(en, 4e9).period, { asOf: "2025-10" });
    const fr = extract(
      "En mars, les deux sociétés ont commencé à travailler ensemble. Depuis, Cohere a signé des accords avec Amazon et Google. Amazon investira jusqu'à 4 milliards de dollars dans la start-up.",
      "fr",
      "2025-10-14",
    );
    assert.deepEqual(claimAt(fr, 4e9).period, { asOf: "2025-10" });
  });

  it("a total up to now ('has invested a total of') stays of publication (EN)", () => {
    const claims = extract(
      "Amazon first backed the startup a year ago. Amazon has invested a total of $6 billion in Anthropic.",
      "en",
      "2025-03-03",
    );
    assert.deepEqual(claimAt(claims, 6e9).period, { asOf: "2025-03" });
  });

  it("a founding date, or a year not over, is no date to point back to (FR, EN)", () => {
    const fr = extract(
      "Mistral AI a été fondée en 2023.\nLa start-up a levé 500 millions d'euros auprès de fonds américains.",
      "fr",
      "2025-02-10",
    );
    assert.deepEqual(claimAt(fr, 500e6).period, { asOf: "2025-02" });
    const en = extract(
      "PARIS, February 10, 2025\nMistral AI raised €500 million from US funds, it said.",
      "en",
      "2025-02-10",
    );
    assert.deepEqual(claimAt(en, 500e6).period, { asOf: "2025-02" });
  });
});
