import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const read = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.txt" }).claims.map((c) => [
    c.entity,
    c.metric,
    c.value.low ?? c.value.high,
  ]);

describe("what a listed company is worth", () => {
  it("a company that is worth an amount, or worth it on the stock market, has that market value", () => {
    assert.deepEqual(
      read("Nebius\n\nNebius, which listed in Amsterdam last year, is now worth about $25bn.", "en"),
      [["Nebius", "market_cap", 25e9]],
    );
    assert.deepEqual(
      read(
        "Broadcom\n\nBroadcom rejoint les sociétés qui valent plus de 1 000 milliards de dollars en Bourse.",
        "fr",
      ),
      [["Broadcom", "market_cap", 1e12]],
    );
  });

  it("a deal that is worth an amount is no company's market value", () => {
    const got = read(
      "Talen and Amazon\n\nTalen Energy signed a power agreement with Amazon. The agreement is worth about $18 billion to Talen.",
      "en",
    );
    assert.ok(!got.some(([, metric]) => metric === "market_cap"), JSON.stringify(got));
  });
});
