import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const read = (text: string, language: "fr" | "en", value: number) => {
  const c = claimAt(extract(text, language), value);
  return `${c.entity} ${c.metric}`;
};

describe("a later item of a list naming each company before its figure", () => {
  it("takes the first figure's metric over a word of an aside in between (en)", () => {
    const text =
      "Dell expects about $9B of capex next year (mostly for data centres), IBM $6 to $7B and Intel $4B.";
    assert.equal(read(text, "en", 6_000_000_000), "IBM capex");
    assert.equal(read(text, "en", 4_000_000_000), "Intel capex");
  });

  it("carries it with a hedge before the figure (en, other verb)", () => {
    const text =
      "Capital expenditure will reach $11 billion at Salesforce this year (including leases for data centers), Dell roughly $5 billion.";
    assert.equal(read(text, "en", 5_000_000_000), "Dell capex");
  });

  it("carries it in French", () => {
    const text =
      "IBM prévoit 8 milliards de dollars d'investissements en 2026 (surtout pour ses centres de données), Dell environ 5 milliards et Intel 3 milliards.";
    const head = claimAt(extract(text, "fr"), 8_000_000_000).metric;
    assert.equal(read(text, "fr", 5_000_000_000), `Dell ${head}`);
    assert.equal(read(text, "fr", 3_000_000_000), `Intel ${head}`);
  });

  it("leaves an item that names its own metric after the figure (near-miss)", () => {
    const text = "Dell posted net income of $3B, and IBM $60B in revenue.";
    assert.equal(read(text, "en", 60_000_000_000), "IBM revenue");
  });
});
