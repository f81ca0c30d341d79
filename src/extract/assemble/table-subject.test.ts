import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const claims = claimFields(["entity", "counterparty", "value"], { published: "2025-12-01" });

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

describe("a line that opens a list or a table", () => {
  const owners = (text: string, language: "fr" | "en") =>
    extractClaims({ text, language, published: "2025-11-10", document: "d.md" }).claims.map(
      (c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high}`,
    );

  it("names the company its items are about, over the previous paragraph's", () => {
    const list =
      "Microsoft said its spending would grow.\n\nOpenAI revenue by year:\n- 2023: $3.7 billion\n- 2024: $13 billion";
    assert.deepEqual(owners(list, "en"), ["OpenAI revenue 3700000000", "OpenAI revenue 13000000000"]);
    const table =
      "Microsoft a indiqué que ses dépenses augmenteraient.\n\nChiffre d'affaires d'OpenAI par année :\n\n| Année | Chiffre d'affaires |\n|---|---|\n| 2023 | 3,7 milliards de dollars |\n| 2024 | 13 milliards de dollars |";
    assert.deepEqual(owners(table, "fr"), ["OpenAI revenue 3700000000", "OpenAI revenue 13000000000"]);
  });
});
