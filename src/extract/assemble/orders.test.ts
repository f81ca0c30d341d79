import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("orders", () => {
  it("an order placed with a named supplier is the buyer's compute commitment to that supplier", () => {
    for (const [text, language] of [
      ["Helix Labs has placed a $4 billion order with Broadcom for custom accelerators.", "en"],
      [
        "Helix Labs a passé une commande de 4 milliards de dollars auprès de Broadcom pour des accélérateurs.",
        "fr",
      ],
    ] as const) {
      const order = claimAt(extract(text, language), 4e9);
      assert.deepEqual(
        [order.entity, order.metric, order.counterparty],
        ["Helix Labs", "compute_commitment", "Broadcom"],
      );
    }
  });

  it("orders a supplier has received, or has visibility into, are its revenue to come", () => {
    const received = claimAt(
      extract(
        "An unnamed customer placed production orders worth more than $6 billion for Broadcom's racks.",
        "en",
      ),
      6e9,
    );
    assert.deepEqual([received.entity, received.metric], ["Broadcom", "revenue"]);
    const seen = claimAt(
      extract("AMD says it has visibility into $80 billion of MI450 orders through 2027.", "en"),
      80e9,
    );
    assert.deepEqual([seen.entity, seen.metric], ["AMD", "revenue"]);
  });

  it("'in order to' is no order", () => {
    const plan = claimAt(
      extract("Helix Labs will spend $3 billion on chips in order to train its models.", "en"),
      3e9,
    );
    assert.notEqual(plan.metric, "revenue");
  });
});

describe("orders of compute goods", () => {
  it("« a passé à X une commande de … de puces »: the buyer's commitment to X (FR)", () => {
    const claims = extract(
      "Anthropic a passé à AMD une commande de 6 milliards de dollars de processeurs graphiques.",
      "fr",
    );
    const order = claimAt(claims, 6e9);
    assert.equal(order.metric, "compute_commitment");
    assert.equal(order.entity, "Anthropic");
  });

  it("« a commandé pour … de serveurs »: a compute commitment (FR)", () => {
    const claims = extract("xAI a commandé pour 3 milliards de dollars de serveurs à Dell.", "fr");
    assert.equal(claimAt(claims, 3e9).metric, "compute_commitment");
  });
});
