import assert from "node:assert/strict";
import { test } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

/** A bare figure counts what the subject of its verb names ("Les clients dépassent 300 000"). */

const counts = claimFields(["entity", "metric", "value", "unit"], { published: "2025-09-10" });

test("French: the subject of 'dépasse', 'atteint' names what the figure counts", () => {
  assert.deepEqual(counts("Cohere grandit. Sa base de clients professionnels dépasse les 40 000.", "fr"), [
    ["Cohere", "business_customers", 40000, "customers"],
  ]);
  assert.deepEqual(counts("Le nombre d'abonnés payants de Mistral atteint 2 millions.", "fr"), [
    ["Mistral AI", "paying_subscribers", 2e6, "subscribers"],
  ]);
});

test("English: the subject of 'exceed', 'topped' names what the figure counts", () => {
  assert.deepEqual(counts("Cohere is growing. Its business customers now exceed 40,000.", "en"), [
    ["Cohere", "business_customers", 40000, "customers"],
  ]);
  assert.deepEqual(counts("Mistral paying subscribers topped 2 million in June.", "en"), [
    ["Mistral AI", "paying_subscribers", 2e6, "subscribers"],
  ]);
});

test("a counted noun that is not the subject of a verb of level gives no unit", () => {
  const units = (text: string, language: "fr" | "en") => counts(text, language).map((c) => c[3]);
  assert.ok(!units("Les clients de Cohere ont dépensé 300 000 l'an dernier.", "fr").includes("customers"));
  assert.ok(!units("Cohere customers paid 300,000 last year.", "en").includes("customers"));
});
