import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claims = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-12-01", document: "d.md" }).claims.map((c) => [
    c.entity,
    c.counterparty,
    c.value.low ?? c.value.high,
  ]);

describe("a table of one company's deals, row by row", () => {
  it("gives a supplier's row of compute to the table's subject, the supplier as counterparty (FR)", () => {
    const text = [
      "# Les contrats de calcul d'Anthropic",
      "",
      "Anthropic multiplie les accords pour sécuriser sa capacité de calcul.",
      "",
      "| Société | Date | Montant | Capacité |",
      "|---|---|---|---|",
      "| Nebius | mars 2025 | 12 milliards de dollars de contrats cloud | 2 GW |",
      "",
    ].join("\n");
    assert.deepEqual(claims(text, "fr"), [
      ["Anthropic", "Nebius", 12e9],
      ["Anthropic", "Nebius", 2],
    ]);
  });

  it("does so for any row label under a 'Partner' column, and leaves developers' rows alone (EN)", () => {
    const text = [
      "# Meta's compute contracts",
      "",
      "Meta keeps signing cloud contracts for its AI models.",
      "",
      "| Partner | Signed | Value |",
      "|---|---|---|",
      "| Lambda | 2025 | a $3 billion cloud contract |",
      "",
    ].join("\n");
    assert.deepEqual(claims(text, "en"), [["Meta", "Lambda", 3e9]]);
    const developers = [
      "# Who buys Nvidia's systems",
      "",
      "Nvidia lists its largest customers.",
      "",
      "| Customer | Capacity |",
      "|---|---|",
      "| OpenAI | 10 GW of capacity |",
      "",
    ].join("\n");
    assert.equal(claims(developers, "en")[0]?.[0], "OpenAI");
  });
});
