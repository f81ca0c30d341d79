import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../index.js";

const owners = (text: string, language: "fr" | "en" = "en") =>
  extractClaims({ text: `Titre\n\n${text}`, language, published: "2025-11-10", document: "d.md" }).claims.map(
    (c) => `${c.entity} ${c.counterparty ?? "-"} ${c.value.low ?? c.value.high}`,
  );

describe("loans a lender provides in the sentence after a raise", () => {
  it("are the debt of whoever raised the money, lent by the lender", () => {
    assert.deepEqual(
      owners(
        "Nebius et MGX ont levé 4 milliards de dollars de dette pour leur campus. Barclays en fournit l'essentiel, dont une tranche de 3 milliards de dollars de prêts.",
        "fr",
      ),
      ["Nebius+MGX - 4000000000", "Nebius+MGX Barclays 3000000000"],
    );
    assert.deepEqual(
      owners(
        "Nebius and MGX raised $4 billion of debt for their campus. Barclays played a leading role by providing $3 billion in loans.",
      ),
      ["Nebius+MGX - 4000000000", "Nebius+MGX Barclays 3000000000"],
    );
  });

  it("stay with the company the text is about when no lender provides them", () => {
    assert.deepEqual(
      owners("Nebius raised $4 billion for its campus. Analysts expect $3 billion in loans next year."),
      ["Nebius - 4000000000", "Nebius - 3000000000"],
    );
  });
});

describe("the company a lender's loan goes to", () => {
  it("owns the debt: 'X and Y lent $N to Z' (EN)", () => {
    assert.ok(
      owners("Northwind Bank and Contoso Bank lent $2.6 billion to CoreWeave last month.").some((o) =>
        o.startsWith("CoreWeave "),
      ),
    );
  });

  it("owns the debt: 'X a prêté N à Z' (FR)", () => {
    assert.ok(
      owners("BNP Paribas et la Société Générale ont prêté 1,5 milliard d'euros à Mistral AI.", "fr").some(
        (o) => o.startsWith("Mistral AI "),
      ),
    );
  });
});

describe("a maker named only as the make of the goods money raised buys", () => {
  it("does not raise the money: the raiser of the sentence before does (EN)", () => {
    assert.deepEqual(
      owners(
        "Mistral AI is preparing to raise about $9 billion. The money is split between $3 billion in equity and up to $6 billion in debt, held by a vehicle that will buy Nvidia GPUs and lease them to the lab.",
      ).filter((o) => !o.endsWith(" 9000000000")),
      ["Mistral AI - 3000000000", "Mistral AI - 6000000000"],
    );
  });

  it("does not raise the money: the raiser of the sentence before does (FR)", () => {
    assert.deepEqual(
      owners(
        "Anthropic prépare une levée d'environ 12 milliards de dollars. Elle comprend jusqu'à 8 milliards de dollars de dette, logée dans une structure qui achètera des puces AMD.",
        "fr",
      ).filter((o) => !o.endsWith(" 12000000000")),
      ["Anthropic - 8000000000"],
    );
  });
});
