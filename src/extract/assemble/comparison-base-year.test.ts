import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const growthYear = (text: string, language: "fr" | "en") => {
  const growth = extract(text, language, "2026-02-05").find((c) => c.unit === "fraction");
  const period = growth?.period;
  if (!period) return null;
  return ("asOf" in period ? period.asOf : (period.end ?? period.start))?.slice(0, 4) ?? null;
};

describe("a year written as the base of a comparison ('60 % de plus qu'en 2025', 'than in 2025')", () => {
  it("is not the growth's own year (fr)", () => {
    assert.equal(
      growthYear(
        "Meta prévoit des dépenses d'investissement de 120 milliards de dollars en 2026, soit 70 % de plus qu'en 2025.",
        "fr",
      ),
      "2026",
    );
    assert.equal(
      growthYear(
        "Le chiffre d'affaires d'Oracle a progressé de 18 % par rapport à 2024, à 60 milliards de dollars en 2025.",
        "fr",
      ),
      "2025",
    );
  });

  it("is not the growth's own year (en)", () => {
    assert.equal(
      growthYear("Meta plans capital expenditure of $120 billion in 2026, 70% more than in 2025.", "en"),
      "2026",
    );
  });

  it("leaves 'qu'en 2025' after a verb of saying the figure's year (fr)", () => {
    assert.equal(
      growthYear(
        "Les sources indiquent qu'en 2025, le chiffre d'affaires d'Oracle a progressé de 18 %.",
        "fr",
      ),
      "2025",
    );
  });
});

describe("a quarter written by its code as the base of a comparison ('par rapport au T2 2024', 'versus Q3 2024')", () => {
  it("is not the growth's own quarter (fr, en)", () => {
    assert.equal(
      growthYear(
        "Au deuxième trimestre, Kestrel a réalisé un chiffre d'affaires de 6 milliards d'euros, en baisse de 9 % par rapport au T2 2024.",
        "fr",
      ),
      "2025",
    );
    assert.equal(
      growthYear(
        "In the fourth quarter, Kestrel's revenue rose 12% compared with Q4 2024 to $3 billion.",
        "en",
      ),
      "2025",
    );
  });
});
