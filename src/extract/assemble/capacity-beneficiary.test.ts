import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

const ownerOf = (text: string, language: "fr" | "en", value: number) => {
  const claim = claimAt(extract(text, language), value);
  return [claim.entity, claim.counterparty];
};

describe("capacity built, run or leased for a company", () => {
  it("is that company's, its builder the counterparty (fr)", () => {
    assert.deepEqual(ownerOf("Nscale construira pour Cohere un campus de 1 GW en Bavière.", "fr", 1), [
      "Cohere",
      "Nscale",
    ]);
    assert.deepEqual(ownerOf("Oracle aménage en Ohio un site de 1,6 GW destiné à Anthropic.", "fr", 1.6), [
      "Anthropic",
      "Oracle",
    ]);
    assert.deepEqual(
      ownerOf(
        "Un centre de données de 350 MW sera exploité par Nebius pour le compte de Meta en Finlande.",
        "fr",
        0.35,
      ),
      ["Meta", "Nebius"],
    );
    assert.deepEqual(
      ownerOf("Le campus de 450 MW que Data4 bâtira pour Amazon ouvrira en 2028.", "fr", 0.45),
      ["Amazon", "Data4"],
    );
  });

  it("is that company's, its builder the counterparty (en)", () => {
    assert.deepEqual(ownerOf("Nscale will build a 1 GW campus for Cohere in Bavaria.", "en", 1), [
      "Cohere",
      "Nscale",
    ]);
    assert.deepEqual(ownerOf("The Ohio site leased to Anthropic by Crusoe will deliver 0.7 GW.", "en", 0.7), [
      "Anthropic",
      "Crusoe",
    ]);
  });

  it("names the builder as the counterparty when the company served already owns it (fr)", () => {
    assert.deepEqual(
      ownerOf("Le campus de 300 MW qu'exploitera Data4 pour Meta sera livré en 2027.", "fr", 0.3),
      ["Meta", "Data4"],
    );
  });

  it("leaves a builder's own portfolio to the builder (fr, en)", () => {
    assert.deepEqual(ownerOf("Data4 exploite déjà 250 MW de capacités en Europe.", "fr", 0.25), [
      "Data4",
      null,
    ]);
    assert.deepEqual(ownerOf("Data4 already operates 250 MW across Europe.", "en", 0.25), ["Data4", null]);
  });

  it("leaves a site passed down a chain of leases to its builder (fr)", () => {
    const text = "Nscale exploite à Lisbonne un campus de 800 MW loué à Oracle pour le compte de Cohere.";
    assert.equal(ownerOf(text, "fr", 0.8)[0], "Nscale");
  });
});

describe("capacity to be built or run for another company", () => {
  it("is a deal's term: commitment, not a plan (fr, en)", () => {
    assert.equal(
      claimAt(extract("Nscale construira pour Cohere un campus de 1 GW en Bavière.", "fr"), 1).qualifier,
      "commitment",
    );
    assert.equal(
      claimAt(extract("Nscale will build a 1 GW campus for Cohere in Bavaria.", "en"), 1).qualifier,
      "commitment",
    );
  });

  it("stays a plan when a builder builds for itself (fr)", () => {
    assert.equal(
      claimAt(extract("Data4 construira 2 GW de capacités en Europe d'ici 2030.", "fr"), 2).qualifier,
      "target",
    );
  });
});
