import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const claims = claimFields(["entity", "metric", "value"], { published: "2025-06-02" });

describe("investments counted with no company putting them in", () => {
  it("belong to their investors, with the noun's adjective (fr)", () => {
    const text =
      "Le Premier ministre a chiffré à 42 milliards d'euros les investissements privés attendus en Espagne d'ici 2030.";
    assert.deepEqual(claims(text, "fr"), [["investisseurs privés", "investment", 42e9]]);
  });

  it("belong to their investors, not to the country they are for nor the market they build (fr)", () => {
    const text =
      "Le chancelier a annoncé 64 milliards d'euros d'investissements pour faire de l'Allemagne un pôle du calcul.";
    assert.deepEqual(claims(text, "fr"), [["investisseurs", "investment", 64e9]]);
    const market =
      "Au total, 18 milliards d'euros d'investissements dans les centres de données ont été confirmés au salon de Lille, dont 5 milliards dans le Nord.";
    assert.deepEqual(claims(market, "fr"), [
      ["investisseurs", "investment", 18e9],
      ["investisseurs", "investment", 5e9],
    ]);
  });

  it("belong to their investors, with the noun's adjective (en)", () => {
    const text =
      "The summit drew €31 billion of foreign investment into Polish computing, the minister said.";
    assert.deepEqual(claims(text, "en"), [["foreign investors", "investment", 31e9]]);
  });

  it("stay the company's when a company of the clause puts them in", () => {
    const owners = (text: string, language: "fr" | "en") => claims(text, language).map((c) => c[0]);
    assert.deepEqual(owners("Iliad a annoncé 3 milliards d'euros d'investissements en France.", "fr"), [
      "Iliad",
    ]);
    assert.deepEqual(owners("Nebius announced $2 billion of new investments in Finland.", "en"), ["Nebius"]);
  });
});
