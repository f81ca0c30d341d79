import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";

describe("what a listed company is worth", () => {
  it("a company that is worth an amount, or worth it on the stock market, has that market value", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Nebius\n\nNebius, which listed in Amsterdam last year, is now worth about $25bn.",
        "en",
      ),
      [["Nebius", "market_cap", 25e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Broadcom\n\nBroadcom rejoint les sociétés qui valent plus de 1 000 milliards de dollars en Bourse.",
        "fr",
      ),
      [["Broadcom", "market_cap", 1e12]],
    );
  });

  it("the first company worth an amount, 'la première entreprise à valoir', has that market value", () => {
    assert.deepEqual(ownerMetricValue("Microsoft became the second company worth $4 trillion.", "en"), [
      ["Microsoft", "market_cap", 4e12],
    ]);
    assert.deepEqual(
      ownerMetricValue(
        "Microsoft est devenue la deuxième entreprise à valoir 4 000 milliards de dollars.",
        "fr",
      ),
      [["Microsoft", "market_cap", 4e12]],
    );
  });

  it("a deal that is worth an amount is no company's market value", () => {
    const got = ownerMetricValue(
      "Talen and Amazon\n\nTalen Energy signed a power agreement with Amazon. The agreement is worth about $18 billion to Talen.",
      "en",
    );
    assert.ok(!got.some(([, metric]) => metric === "market_cap"), JSON.stringify(got));
  });
});
