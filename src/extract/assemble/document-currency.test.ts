import assert from "node:assert/strict";
import { test } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** An amount elided before the document names any currency takes the document's currency. */

const amounts = claimFields(["metric", "value", "unit"], { published: "2025-09-10" });

test("French: 'Quinze milliards en série G' before any currency is in the document's currency", () => {
  const text =
    "Cohere lève des fonds\nQuinze milliards en série G : la valorisation post-money de Cohere atteint 90 milliards. Son chiffre d'affaires annualisé dépasse 2 milliards d'euros.";
  const found = amounts(text, "fr");
  assert.deepEqual(
    found.filter(([, , unit]) => unit === "EUR").map(([, value]) => value),
    [15e9, 90e9, 2e9],
    JSON.stringify(found),
  );
});

test("English: 'a post-money valuation of 90 billion' before any currency is in the document's currency", () => {
  const text =
    "Cohere raises again\nThe round values Cohere at 90 billion post-money. Its annualized revenue tops $2 billion.";
  const found = amounts(text, "en");
  assert.ok(
    found.some(([metric, value, unit]) => metric === "valuation" && value === 90e9 && unit === "USD"),
    JSON.stringify(found),
  );
});

test("a headline's elided amount is left to the body, which restates it with its currency", () => {
  const text =
    "Cohere, la startup qui promet 40 milliards\nCohere vise un chiffre d'affaires de 40 milliards de dollars en 2030.";
  assert.deepEqual(amounts(text, "fr"), [["revenue", 40e9, "USD"]]);
});
