import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.counterparty ?? "-"} ${c.value.low ?? c.value.high}`,
  );

describe("a project built with partners", () => {
  it("is the builders' together, the partners after a building verb and 'avec' or 'with'", () => {
    assert.deepEqual(
      owners(
        "Le campus de 2 GW que Nebius prévoit de construire avec Bpifrance et Mistral AI près de Lyon sera le plus grand du pays.",
        "fr",
      ),
      ["Nebius+Bpifrance+Mistral AI - 2"],
    );
    assert.deepEqual(
      owners(
        "The 2 GW campus that Nebius plans to build with Bpifrance and Mistral AI near Lyon is the largest.",
      ),
      ["Nebius+Bpifrance+Mistral AI - 2"],
    );
  });

  it("is the builders' together after 'associé à', 'en partenariat avec', 'in partnership with'", () => {
    assert.deepEqual(
      owners(
        "Le fonds MGX, associé au groupe Nebius et à Bpifrance, veut implanter un centre de données d'une puissance de 1,2 GW près de Lille.",
        "fr",
      ),
      ["MGX+Nebius+Bpifrance - 1.2"],
    );
    assert.deepEqual(
      owners("Nebius, en partenariat avec Bpifrance, va construire un campus de 1,2 GW près de Lille.", "fr"),
      ["Nebius+Bpifrance - 1.2"],
    );
    assert.deepEqual(
      owners("Nebius, in partnership with Bpifrance and MGX, will build a 1.2 GW data centre near Lille."),
      ["Nebius+Bpifrance+MGX - 1.2"],
    );
  });

  it("leaves the hardware a site is built with, and a deal's other side, apart", () => {
    assert.deepEqual(owners("xAI plans to build a 2 GW data centre with Nvidia chips in Memphis."), [
      "xAI Nvidia 2",
    ]);
    assert.deepEqual(owners("Oracle signed a deal with Nebius to build 2 GW of capacity."), [
      "Oracle Nebius 2",
    ]);
  });
});

describe("a parent and its subsidiary named together as subjects", () => {
  it("act together as a group (fr)", () => {
    assert.deepEqual(
      owners(
        "Eclairion et sa maison mère Iliad investiront 3 milliards d'euros en Bretagne d'ici 2029.",
        "fr",
      ),
      ["Eclairion+Iliad - 3000000000"],
    );
  });

  it("act together as a group (en)", () => {
    assert.deepEqual(
      owners("Iliad and its subsidiary Scaleway will invest €3 billion in Brittany by 2029."),
      ["Iliad+Scaleway - 3000000000"],
    );
  });
});
