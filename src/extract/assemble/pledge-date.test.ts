import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const asOf = (text: string, value: number, language: "fr" | "en" = "en", published = "2026-01-20") => {
  const period = claimAt(extract(text, language, published), value).period;
  return period && "asOf" in period ? period.asOf : JSON.stringify(period);
};

describe("a pledge is sized when it was announced, when its sentence says when", () => {
  it("an announcement verb dated before the pledge (EN, FR)", () => {
    assert.equal(
      asOf("Samsung unveiled in October a pledge to invest $26 billion in American chip plants.", 26e9),
      "2025-10",
    );
    assert.equal(
      asOf("SK Hynix announced in June plans to invest $4 billion in an Indiana packaging plant.", 4e9),
      "2025-06",
    );
    assert.equal(
      asOf(
        "Samsung a annoncé en mai dernier son intention d'investir 40 milliards de dollars au Texas.",
        40e9,
        "fr",
      ),
      "2025-05",
    );
    assert.equal(
      asOf(
        "Meta a dévoilé en septembre un investissement de 10 milliards de dollars dans un campus en Louisiane.",
        10e9,
        "fr",
      ),
      "2025-09",
    );
  });

  it("a date before another figure, or none, leaves the pledge at publication", () => {
    assert.equal(asOf("Samsung pledged to invest $26 billion in American chip plants.", 26e9), "2026-01");
    const two =
      "Samsung a dévoilé en mars dernier son intention d'investir 30 milliards de dollars, qui viennent s'ajouter aux 12 milliards de dollars déjà promis à deux usines.";
    assert.equal(asOf(two, 30e9, "fr"), "2025-03");
    assert.equal(asOf(two, 12e9, "fr"), "2026-01");
  });
});
