import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const metricOf = (text: string, value: number, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.find(
    (c) => (c.value.low ?? c.value.high) === value,
  )?.metric;

describe("an investor's money with no investee named", () => {
  it("stays an investment, even into infrastructure (EN)", () => {
    assert.equal(
      metricOf("MGX will put $30 billion of equity into AI infrastructure projects.", 3e10, "en"),
      "investment",
    );
  });

  it("stays an investment, even into infrastructure (FR)", () => {
    assert.equal(
      metricOf(
        "Brookfield investira 30 milliards de dollars dans des projets d'infrastructure d'IA.",
        3e10,
        "fr",
      ),
      "investment",
    );
  });

  it("a builder's own spending on its sites is still capex", () => {
    assert.equal(
      metricOf(
        "Vantage Data Centers will invest $25 billion to build its own data centres in Texas.",
        2.5e10,
        "en",
      ),
      "capex",
    );
  });
});
