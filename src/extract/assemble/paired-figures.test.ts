import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "entity value", in the text's order. */
const owners = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.entity} ${c.value.low ?? c.value.high}`);

describe("as many figures joined by 'and' as companies in the subject list", () => {
  it("pairs them in order without 'respectively' (en)", () => {
    assert.deepEqual(owners("Nebius and Lambda raised $700 million and $480 million this spring.", "en"), [
      "Nebius 700000000",
      "Lambda 480000000",
    ]);
  });

  it("pairs bare numbers sharing the last item's scale, in French", () => {
    assert.deepEqual(
      owners(
        "Oracle, CoreWeave et Nebius consacreront 45, 18 et 7 milliards de dollars à leurs centres de données.",
        "fr",
      ),
      ["Oracle 45000000000", "CoreWeave 18000000000", "Nebius 7000000000"],
    );
  });

  it("pairs a comma list with 'respectively' whose items carry the currency and not the scale (en)", () => {
    assert.deepEqual(
      owners(
        "Oracle, CoreWeave and Nebius will spend $45, $18 and $7 billion respectively on data centers.",
        "en",
      ),
      ["Oracle 45000000000", "CoreWeave 18000000000", "Nebius 7000000000"],
    );
  });

  it("pairs them when the sum word belongs to a later total (fr)", () => {
    assert.deepEqual(
      owners(
        "Oracle et CoreWeave ont dépensé 26 et 11 milliards de dollars, soit 37 milliards à eux deux.",
        "fr",
      ),
      ["Oracle 26000000000", "CoreWeave 11000000000", "Oracle+CoreWeave 37000000000"],
    );
  });

  it("leaves a total the companies reach together with the group (near-miss)", () => {
    assert.deepEqual(
      owners("Oracle et CoreWeave ont investi ensemble 12 et 9 milliards de dollars en deux tranches.", "fr"),
      ["Oracle+CoreWeave 12000000000", "Oracle+CoreWeave 9000000000"],
    );
  });

  it("leaves figures a word apart, one subject's over time, with the group (near-miss)", () => {
    const text = "Oracle and CoreWeave invested $30 billion in 2024 and $45 billion in 2025.";
    assert.deepEqual(owners(text, "en"), ["Oracle+CoreWeave 30000000000", "Oracle+CoreWeave 45000000000"]);
  });

  it("leaves fewer figures than companies with the group (near-miss)", () => {
    const text = "Oracle, CoreWeave and Nebius will spend $30 billion and $45 billion in 2026.";
    assert.deepEqual(owners(text, "en"), [
      "Oracle+CoreWeave+Nebius 30000000000",
      "Oracle+CoreWeave+Nebius 45000000000",
    ]);
  });
});
