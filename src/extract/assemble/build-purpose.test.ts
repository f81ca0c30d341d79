import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const metricOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).metric;

describe("money whose purpose clause builds a site is capital spending", () => {
  it("a venture or partnership priced before its purpose of building (en)", () => {
    assert.equal(
      metricOf(
        "Equinix announced a $15 billion joint venture with sovereign fund GIC to build data centers in Virginia.",
        "en",
        15e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "Oracle unveiled a $12 billion partnership with Related Digital to support construction of its largest campus in Michigan.",
        "en",
        12e9,
      ),
      "capex",
    );
  });

  it("a venture or partnership priced before its purpose of building (fr)", () => {
    assert.equal(
      metricOf(
        "Digital Realty a formé une coentreprise de 7 milliards de dollars avec Blackstone pour bâtir des campus en Europe.",
        "fr",
        7e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "Data4 a monté un partenariat de 2 milliards d'euros avec Brookfield pour financer la construction de son campus de Marcoussis.",
        "fr",
        2e9,
      ),
      "capex",
    );
  });

  it("money raised or borrowed to build stays a round or debt (en, fr)", () => {
    assert.equal(
      metricOf(
        "Lambda raised $1.5 billion in a Series E round led by TWG to build more data centers.",
        "en",
        1.5e9,
      ),
      "funding_round",
    );
    assert.equal(
      metricOf(
        "Vantage a emprunté 3 milliards de dollars auprès de JPMorgan pour construire un campus au Texas.",
        "fr",
        3e9,
      ),
      "debt_issuance",
    );
  });

  it("an investment in a campus described by its size is in the campus (en, fr)", () => {
    assert.equal(
      metricOf(
        "Aligned plans to invest more than $12 billion in a 900-acre, 1.2-gigawatt campus in Ohio.",
        "en",
        12e9,
      ),
      "capex",
    );
    assert.equal(
      metricOf(
        "Nscale investira 3 milliards de dollars dans un campus de 500 mégawatts au Portugal.",
        "fr",
        3e9,
      ),
      "capex",
    );
  });
});
