import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const extract = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-10-06", document: "d.md" }).claims;

describe("counterparty: a company named only as the one another competes with is no party", () => {
  it("'le concurrent d'Intel' names no party of the stake (FR)", () => {
    const claims = extract(
      "Le fabricant AMD a conclu un accord avec OpenAI. En parallèle, OpenAI pourrait prendre jusqu'à 8 % du concurrent d'Intel.",
      "fr",
    );
    const stake = claims.find((c) => c.metric === "equity_stake");
    assert.ok(stake);
    assert.notEqual(stake.counterparty, "Intel");
  });

  it("'Nvidia's grip on the market' names no party of the deal (EN)", () => {
    const claims = extract(
      "AMD said it would supply OpenAI with processors totalling 4 gigawatts, a deal that challenges Nvidia's grip on the market.",
      "en",
    );
    const capacity = claims.find((c) => c.metric === "datacenter_capacity");
    assert.ok(capacity);
    assert.notEqual(capacity.counterparty, "Nvidia");
  });
});
