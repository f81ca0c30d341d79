import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value", "qualifier"]);

describe("a holding's value and what selling it brought are deal values, not valuations or rounds", () => {
  it("reads a holding said to be worth an amount as the holder's, reported (en)", () => {
    assert.deepEqual(read("Oracle's holding in Cohere is worth about $9 billion, the filing shows.", "en"), [
      ["Oracle", "deal_value", 9e9, "reported"],
    ]);
  });

  it("reads a stake valued at an amount as the holder's, reported (fr)", () => {
    assert.deepEqual(
      read("La participation d'Oracle dans Cohere est valorisée 9 milliards de dollars.", "fr"),
      [["Oracle", "deal_value", 9e9, "reported"]],
    );
  });

  it("reads what selling shares brought as no funding round (en)", () => {
    assert.deepEqual(
      read("Oracle said it had sold all of its Cohere shares in May for $2.5 billion.", "en"),
      [["Oracle", "deal_value", 2.5e9, "reported"]],
    );
    assert.deepEqual(
      read("Oracle raised a further $1.5 billion by selling part of its stake in Cohere.", "en"),
      [["Oracle", "deal_value", 1.5e9, "reported"]],
    );
  });

  it("reads what selling shares brought as no funding round (fr)", () => {
    assert.deepEqual(
      read(
        "Oracle a levé 1,5 milliard de dollars en cédant une partie de sa participation dans Cohere.",
        "fr",
      ),
      [["Oracle", "deal_value", 1.5e9, "reported"]],
    );
  });

  it("keeps what a sale brought reported beside a deal word or an agreement to sell", () => {
    assert.deepEqual(
      read(
        "Dans le cadre de ce partenariat, des salariés de Cohere ont vendu des actions pour environ 1,2 milliard de dollars.",
        "fr",
      ).map((c) => [c[1], c[3]]),
      [["deal_value", "reported"]],
    );
    assert.deepEqual(
      read(
        "Les fondateurs de Cohere ont accepté de céder pour plus de 40 millions d'euros de titres.",
        "fr",
      ).map((c) => [c[1], c[3]]),
      [["deal_value", "reported"]],
    );
  });

  it("keeps the shares a warrant could bring an estimate (en)", () => {
    assert.deepEqual(
      read("At that price the warrant shares could be worth about $9 billion to Cohere.", "en").map((c) => [
        c[1],
        c[3],
      ]),
      [["deal_value", "estimated"]],
    );
  });
});
