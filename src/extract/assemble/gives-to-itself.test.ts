import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const roles = claimFields(["entity", "counterparty", "metric", "low"]);

describe("an investor paying money promised to a company it names by a description", () => {
  it("stays the investor, the company backed its counterparty (FR)", () => {
    assert.deepEqual(
      roles(
        "OpenAI a dévoilé ses résultats. Microsoft, son premier actionnaire, a versé jusqu'ici 9,5 des 12 milliards d'euros promis à l'entreprise d'IA.",
        "fr",
      ),
      [
        ["Microsoft", "OpenAI", "investment", 9.5e9],
        ["Microsoft", "OpenAI", "investment", 1.2e10],
      ],
    );
  });

  it("stays the investor when the investee is named (EN)", () => {
    assert.deepEqual(roles("Microsoft's $13bn investment in OpenAI was revised last year.", "en"), [
      ["Microsoft", "OpenAI", "investment", 1.3e10],
    ]);
  });
});
