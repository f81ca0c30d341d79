import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("an amount listed 'from' a company 'to build' something, with no verb of its own", () => {
  it("is the company's capex pledge, one for each company of the list (en)", () => {
    const text =
      "Executives touted $50 billion of commitments to the region. These include $12 billion from Zorbex Cloud to build out data centres and $8 billion from Quillon Power to expand the grid.";
    const claims = extract(text, "en");
    const pledges = claims.filter((c) => c.value.low === 12e9 || c.value.low === 8e9);
    assert.deepEqual(
      pledges.map((c) => [c.entity, c.metric, c.value.low, c.counterparty, c.qualifier]),
      [
        ["Zorbex Cloud", "capex", 12e9, null, "commitment"],
        ["Quillon Power", "capex", 8e9, null, "commitment"],
      ],
    );
  });

  it("is read past an apposition about the company, and in French", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Quillon pledged $100 billion of investment, including $20 billion from Zorbex, a Saudi developer, for AI data centres.",
        "en",
      ).filter(([, , v]) => v === 20e9),
      [["Zorbex", "capex", 20e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le plan compte 30 milliards d'euros d'engagements, dont 10 milliards d'euros de la part de Zorbex pour construire des centres de données.",
        "fr",
      ).filter(([, , v]) => v === 10e9),
      [["Zorbex", "capex", 10e9]],
    );
  });

  it("an investment from a company into another company stays an investment", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Anthropic took a $2 billion investment from Amazon to fund its next model.",
        "en",
      ).filter(([, , v]) => v === 2e9),
      [["Amazon", "investment", 2e9]],
    );
  });
});
