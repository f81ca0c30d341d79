import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("counterparty: the country a state's or an investor's money goes into", () => {
  it("a state investing in another country (FR, EN)", () => {
    const fr = extract("L'Arabie saoudite a promis d'investir 300 milliards de dollars en France.", "fr");
    assert.equal(claimAt(fr, 300e9).counterparty, "France");
    assert.equal(claimAt(fr, 300e9).metric, "investment");
    const en = extract("Abu Dhabi pledged to invest $200 billion in India over the next decade.");
    assert.equal(claimAt(en, 200e9).counterparty, "India");
  });

  it("an investor or a collective of investors putting money into a country (FR, EN)", () => {
    const fr = extract("Les investisseurs étrangers ont promis 12 milliards d'euros en Allemagne.", "fr");
    assert.equal(claimAt(fr, 12e9).counterparty, "Germany");
    const en = extract("Brookfield will invest €8 billion in Germany by 2030.");
    assert.equal(claimAt(en, 8e9).counterparty, "Germany");
  });

  it("a company named as the investee, or a builder's own sites, keep their reading (EN, FR)", () => {
    const en = extract("Nvidia will invest $5 billion in Intel in the United States.");
    assert.equal(claimAt(en, 5e9).counterparty, "Intel");
    const fr = extract(
      "Microsoft investira 6 milliards d'euros en Allemagne pour ses centres de données.",
      "fr",
    );
    assert.equal(claimAt(fr, 6e9).metric, "capex");
    assert.equal(claimAt(fr, 6e9).counterparty, null);
  });
});

describe("counterparty: only the figure's own sentence names the country", () => {
  it("a country placed in an earlier sentence is not where the money goes (EN, FR)", () => {
    const en = extract(
      "Data centres keep opening in France. Abu Dhabi pledged to invest $200 billion over the next decade.",
    );
    assert.equal(claimAt(en, 200e9).counterparty, null);
    const fr = extract(
      "Les centres de données se multiplient en Allemagne. Le Qatar a promis d'investir 20 milliards de dollars.",
      "fr",
    );
    assert.equal(claimAt(fr, 20e9).counterparty, null);
  });
});
