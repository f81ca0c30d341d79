import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertOwnedUnderTitle, ownersOfValue } from "../../../test/support/probes.js";

/** Invented sentences: a facility noun taking up the programme the previous sentence named. */
const ownersOf = (text: string, value: number, language: "fr" | "en" = "en"): string[] =>
  ownersOfValue(`Titre\n\n${text}`, value, language);

describe("a facility noun taking up the programme named in the previous sentence", () => {
  it("'the campus', « le site »: the programme owns the figure", () => {
    assertOwnedUnderTitle(
      "Oracle and SoftBank widened the Stargate programme to a site in Ohio this spring. The campus will host 40,000 GPUs by 2027.",
      40000,
      "Stargate",
    );
    assertOwnedUnderTitle(
      "Oracle et SoftBank ont étendu le projet Stargate à l'Ohio au printemps. Le site accueillera 40 000 GPU d'ici 2027.",
      40000,
      "Stargate",
      "fr",
    );
  });

  it("no programme named just before, an owner named before the figure, or another paragraph: no take-up", () => {
    const near = [
      "Oracle and SoftBank opened a data centre in Ohio this spring. The campus will host 40,000 GPUs by 2027.",
      "Oracle and SoftBank widened the Stargate programme to Ohio this spring. Oracle's campus will host 40,000 GPUs by 2027.",
      "Oracle and SoftBank widened the Stargate programme to Ohio this spring.\n\nThe campus will host 40,000 GPUs by 2027.",
    ];
    for (const text of near) assert.ok(!ownersOf(text, 40000).includes("Stargate"), text);
  });
});
