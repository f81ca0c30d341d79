import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value"], { published: "2025-06-10" });

describe("a state's or a public body's money", () => {
  it("is an investment where a company's engagement would be a compute deal, in French and English", () => {
    assert.deepEqual(
      read(
        "Tournée dans le Golfe\n\nLe président a obtenu 300 milliards de dollars d'engagements du Qatar envers des entreprises américaines.",
        "fr",
      ),
      [["Qatar", "investment", 300e9]],
    );
    assert.deepEqual(
      read(
        "Chips for Europe\n\nThe European Union has committed €45 billion over the next decade to expand its semiconductor capacity.",
        "en",
      ),
      [["European Commission", "investment", 45e9]],
    );
    assert.deepEqual(
      read(
        "Le plan japonais\n\nLe Japon s'est engagé à hauteur de 65 milliards de dollars pour les puces et l'IA d'ici 2030.",
        "fr",
      ),
      [["Japan", "investment", 65e9]],
    );
  });

  it("is its pledge though no word of the sentence names what the amount measures", () => {
    assert.deepEqual(
      read("Europe's plan\n\nThe EU has already pledged €80 billion in AI-related funding.", "en"),
      [["European Commission", "investment", 80e9]],
    );
  });

  it("goes into no company merely because the article is about it", () => {
    const fields = claimFields(["entity", "metric", "counterparty"], { published: "2025-06-10" });
    assert.deepEqual(
      fields(
        "Mistral AI lève des fonds\n\nMistral AI prépare une levée. De son côté, l'Union européenne a débloqué 50 milliards d'euros pour l'IA.",
        "fr",
      ).filter(([entity]) => entity === "European Commission"),
      [["European Commission", "investment", null]],
    );
  });

  it("leaves a company's compute deal as it is", () => {
    assert.deepEqual(
      read("Cloud deal\n\nMeta has committed $10 billion to Google Cloud over six years.", "en"),
      [["Meta", "compute_commitment", 10e9]],
    );
  });
});
