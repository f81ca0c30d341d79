import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const read = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => [c.entity, c.attribution]);

describe("a quoted speaker named before the company's possessive title", () => {
  it("credits the person of 'said X, Y's president' and gives the figure to Y (en)", () => {
    assert.deepEqual(
      read(
        '"We will spend $80 billion on AI data centers this year," said Brad Smith, Microsoft\'s president.',
        "en",
      ),
      [["Microsoft", "Brad Smith"]],
    );
  });

  it("keeps the title when no person is named: 'said Microsoft's president' (en)", () => {
    assert.deepEqual(
      read('"We will spend $80 billion on AI data centers this year," said Microsoft\'s president.', "en"),
      [["Microsoft", "Microsoft's president"]],
    );
  });

  it("gives the figure of the speaker's company over the quotation's subject (fr)", () => {
    assert.deepEqual(
      read(
        "« Nous allons dépenser 80 milliards de dollars dans les centres de données cette année », a déclaré Brad Smith, président de Microsoft.",
        "fr",
      ),
      [["Microsoft", "Brad Smith"]],
    );
  });
});
