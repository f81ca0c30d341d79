import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) =>
  claimAt(extract(text, language), value).entity;

describe("the capacity of a region's data centres", () => {
  it("is the region's, not the subject's that hopes for a share of it (fr)", () => {
    const text =
      "L'Allemagne veut attirer une grande part des 30 GW de centres de données prévus en Europe d'ici 2030, contre 8 GW aujourd'hui.";
    assert.equal(ownerOf(text, "fr", 30), "Europe");
    assert.equal(ownerOf(text, "fr", 8), "Europe");
  });

  it("is the region's, not the subject's that hopes for a share of it (en)", () => {
    const text =
      "Germany hopes to capture a large share of the 30 GW of data centers planned in Europe by 2030, up from 8 GW today.";
    assert.equal(ownerOf(text, "en", 30), "Europe");
    assert.equal(ownerOf(text, "en", 8), "Europe");
  });

  it("reads other regions and other words for the stock (fr, en)", () => {
    assert.equal(
      ownerOf(
        "Nscale vise une part des 12 GW de capacité en construction en Asie, selon le cabinet.",
        "fr",
        12,
      ),
      "Asia",
    );
    assert.equal(
      ownerOf("Nscale targets a share of the 12 GW of capacity under construction across Asia.", "en", 12),
      "Asia",
    );
  });

  it("leaves a single site in a country to its builder or tenant", () => {
    assert.equal(ownerOf("Nscale a mis en service un site de 230 MW en Norvège.", "fr", 0.23), "Nscale");
    assert.equal(ownerOf("Nscale's 230MW site in Norway will serve Microsoft.", "en", 0.23), "Microsoft");
  });
});
