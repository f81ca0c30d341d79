import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["metric", "value"]);

describe("an amount in a sentence whose pronoun stands for a deal of the sentence before", () => {
  it("is the deal's amount (fr)", () => {
    assert.deepEqual(
      read(
        "Microsoft a signé plusieurs contrats géants avec des laboratoires d'IA. Celui avec Anthropic représente 30 milliards de dollars.",
        "fr",
      ),
      [["compute_commitment", 30e9]],
    );
  });

  it("is the deal's amount (en)", () => {
    assert.deepEqual(
      read(
        "CoreWeave has signed three large agreements this year. The largest, with Meta, comes to $14 billion.",
        "en",
      ),
      [["compute_commitment", 14e9]],
    );
  });

  it("is set aside when nothing before names a deal", () => {
    assert.deepEqual(
      read(
        "Microsoft a ouvert plusieurs bureaux à Paris. Celui du centre représente 30 milliards de dollars.",
        "fr",
      ),
      [],
    );
  });

  it("reads the whole sentence before, however far back it opens (en)", () => {
    assert.deepEqual(
      read(
        `Oracle has signed several large cloud agreements this year, ${"with partners old and new, ".repeat(16)}across three continents. The largest, with OpenAI, comes to $30 billion.`,
        "en",
      ),
      [["compute_commitment", 30e9]],
    );
  });

  it("reads the whole sentence before, however far back it opens (fr)", () => {
    assert.deepEqual(
      read(
        `Oracle a signé plusieurs contrats géants cette année, ${"avec des partenaires anciens et nouveaux, ".repeat(12)}sur trois continents. Celui avec OpenAI représente 30 milliards de dollars.`,
        "fr",
      ),
      [["compute_commitment", 30e9]],
    );
  });

  it("reads only the sentence just before, not one further back", () => {
    assert.deepEqual(
      read(
        "Microsoft a signé un contrat avec OpenAI. Il a aussi ouvert plusieurs bureaux à Paris. Celui du centre représente 30 milliards de dollars.",
        "fr",
      ),
      [],
    );
  });
});

describe("an amount no metric word names, in a sentence with a word that only contains a deal's", () => {
  it("is no deal amount: analysts' estimate according to a data provider (en)", () => {
    assert.deepEqual(
      read("Analysts had estimated $7.2 billion on average, according to data compiled by FactSet.", "en"),
      [],
    );
  });

  it("is no deal amount: « d'accord » is no agreement's noun (fr)", () => {
    assert.deepEqual(
      read("Les analystes, tous d'accord sur ce point, attendaient 7,2 milliards de dollars.", "fr"),
      [],
    );
  });

  it("is still a deal amount beside a whole deal word (en)", () => {
    assert.deepEqual(
      read("Oracle signed a partnership with Zorbex on Monday that comes to $7.2 billion.", "en"),
      [["compute_commitment", 7.2e9]],
    );
  });

  it("is still a deal amount beside a contract's adjective (en, fr)", () => {
    assert.deepEqual(
      read("Oracle now runs 300 MW of contracted capacity and roughly $4 billion in lifetime value.", "en"),
      [
        ["datacenter_capacity", 0.3],
        ["compute_commitment", 4e9],
      ],
    );
    assert.deepEqual(
      read(
        "Oracle exploite 300 MW de capacité contractée, pour quelque 4 milliards de dollars sur leur durée.",
        "fr",
      ),
      [
        ["datacenter_capacity", 0.3],
        ["compute_commitment", 4e9],
      ],
    );
  });

  it("is still a deal amount beside a whole deal word (fr)", () => {
    assert.deepEqual(
      read("Oracle a signé lundi un partenariat avec Zorbex qui porte sur 7,2 milliards de dollars.", "fr"),
      [["compute_commitment", 7.2e9]],
    );
  });
});
