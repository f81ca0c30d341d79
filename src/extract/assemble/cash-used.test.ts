import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"]);

describe("cash a company uses up", () => {
  it("is its cash burn, the amount between the verb and the cash (en)", () => {
    assert.deepEqual(read("Anthropic now expects it will use $9 billion of cash next year.", "en"), [
      ["Anthropic", "cash_burn", 9e9],
    ]);
    assert.deepEqual(read("xAI went through $1.2 billion in cash in the quarter.", "en"), [
      ["xAI", "cash_burn", 1.2e9],
    ]);
  });

  it("is its cash burn (fr)", () => {
    assert.deepEqual(
      read("Anthropic prévoit qu'elle utilisera 9 milliards de dollars de trésorerie l'an prochain.", "fr"),
      [["Anthropic", "cash_burn", 9e9]],
    );
  });

  it("is no burn when the cash buys something or stays in hand (en)", () => {
    assert.ok(
      !read("Microsoft used $10 billion of cash to buy back shares.", "en").some(
        ([, m]) => m === "cash_burn",
      ),
    );
    assert.ok(
      !read("OpenAI ended the year with $17 billion of cash on hand.", "en").some(
        ([, m]) => m === "cash_burn",
      ),
    );
  });
});
