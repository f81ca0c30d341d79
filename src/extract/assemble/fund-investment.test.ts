import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract, ownerMetricValue } from "../../../test/support/claims.js";

describe("money an investor invests in sites", () => {
  it("is an investment, not capital expenditure of its own", () => {
    assert.deepEqual(
      ownerMetricValue("Blackstone plans to invest $25 billion in data centres in Pennsylvania.", "en"),
      [["Blackstone", "investment", 25e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le fonds KKR prévoit d'investir 10 milliards d'euros dans les infrastructures d'IA en Allemagne.",
        "fr",
      ),
      [["KKR", "investment", 10e9]],
    );
  });

  it("stays capital expenditure when the company builds its own sites", () => {
    assert.deepEqual(
      ownerMetricValue("Meta plans to invest $25 billion in data centres in Louisiana.", "en"),
      [["Meta", "capex", 25e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Amazon prévoit d'investir 10 milliards d'euros dans les infrastructures d'IA en Allemagne.",
        "fr",
      ),
      [["Amazon", "capex", 10e9]],
    );
  });
});

describe("an investor's money tied to no site of its own", () => {
  it("is an investment, whatever generic word stands nearby", () => {
    assert.deepEqual(
      ownerMetricValue("Index Ventures contributed $800 million, a person briefed on the deal said.", "en"),
      [["Index Ventures", "investment", 800e6]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Le fonds KKR a promis 12 milliards d'euros d'ici 2030, en grande partie pour des centres de données.",
        "fr",
      ),
      [["KKR", "investment", 12e9]],
    );
  });

  it("stays the sites' capital expenditure when its own phrase names them", () => {
    assert.deepEqual(
      ownerMetricValue(
        "Selon le journal, 9 milliards d'euros sont prévus par KKR pour de nouveaux centres de données.",
        "fr",
      ),
      [["KKR", "capex", 9e9]],
    );
    assert.deepEqual(
      ownerMetricValue("Blackstone reported capital expenditures of $3 billion in 2024.", "en"),
      [["Blackstone", "capex", 3e9]],
    );
  });
});

describe("money for a single site", () => {
  it("names the build-out as any site word does", () => {
    assert.deepEqual(
      ownerMetricValue("Nscale consacrera 8 milliards d'euros pour un seul supercalculateur.", "fr"),
      [["Nscale", "capex", 8e9]],
    );
    assert.deepEqual(ownerMetricValue("Nscale will put $8 billion into a single data centre.", "en"), [
      ["Nscale", "capex", 8e9],
    ]);
  });
});

describe("an investor's own costs", () => {
  it("stay its expenses", () => {
    assert.deepEqual(
      ownerMetricValue("Blackstone said its operating expenses were $2 billion in 2024.", "en"),
      [["Blackstone", "total_expenses", 2e9]],
    );
    assert.deepEqual(
      ownerMetricValue("Les charges de KKR ont atteint 2 milliards de dollars en 2024.", "fr"),
      [["KKR", "total_expenses", 2e9]],
    );
  });
});

describe("counterparty: a collective written as a common noun names no investee", () => {
  it("'venture investors put $X into AI companies' takes no counterparty from the round before (EN)", () => {
    const claims = extract(
      "Cohere raised $500 million from Nvidia and Oracle.\n\nLast year, venture investors put $90 billion into AI companies.",
      "en",
      "2025-01-20",
    );
    assert.equal(claimAt(claims, 90e9).counterparty, null);
  });
});
