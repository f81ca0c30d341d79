import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const claims = (text: string, language: "fr" | "en") =>
  extractClaims({ text, language, published: "2025-11-10", document: "d.md" })
    .claims.map((c) => `${c.entity} ${c.metric} ${c.value.low ?? c.value.high} ${c.counterparty}`)
    .sort();

describe("money a partner commits to a joint programme", () => {
  it("is the partner's investment in the programme, each partner's when each commits (en)", () => {
    assert.deepEqual(claims("SoftBank and Oracle each committed $12 billion to Stargate.", "en"), [
      "Oracle investment 12000000000 Stargate",
      "SoftBank investment 12000000000 Stargate",
    ]);
    assert.deepEqual(claims("MGX committed $7 billion to Stargate on Tuesday.", "en"), [
      "MGX investment 7000000000 Stargate",
    ]);
  });

  it("is the partner's investment in the programme (fr)", () => {
    assert.deepEqual(
      claims("SoftBank et Oracle ont chacun engagé 12 milliards de dollars dans Stargate.", "fr"),
      ["Oracle investment 12000000000 Stargate", "SoftBank investment 12000000000 Stargate"],
    );
  });

  it("still buys compute when the clause names what is bought (en)", () => {
    assert.deepEqual(claims("OpenAI committed $40 billion to Stargate for cloud capacity.", "en"), [
      "OpenAI compute_commitment 40000000000 Stargate",
    ]);
  });
});
