import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

/** Each claim as "metric qualifier", in the text's order. */
const qualifiers = (text: string, language: "fr" | "en") =>
  extract(text, language).map((c) => `${c.metric} ${c.qualifier}`);

describe("a figure a roadmap holds is a plan (CLAIMS.md §7, target)", () => {
  it("reads the figure a roadmap is sized by as a target (en)", () => {
    assert.deepEqual(qualifiers("Zentra Compute's 80,000 GPU roadmap spans three countries.", "en"), [
      "gpu_count target",
    ]);
  });

  it("reads the figure « la feuille de route » covers as a target (fr)", () => {
    assert.deepEqual(qualifiers("La feuille de route de Zentra Compute porte sur 80 000 GPU.", "fr"), [
      "gpu_count target",
    ]);
  });

  it("leaves a roadmap in another sentence out of the figure's reading (near miss, en)", () => {
    assert.deepEqual(
      qualifiers("Zentra Compute unveiled a roadmap in March. It operates 40,000 GPUs today.", "en"),
      ["gpu_count reported"],
    );
  });

  it("leaves a roadmap cited after a break out of the figure's clause (near miss, fr)", () => {
    assert.deepEqual(
      qualifiers(
        "Zentra Compute exploite 40 000 GPU, selon le rapport publié avec sa feuille de route l'an dernier.",
        "fr",
      ),
      ["gpu_count reported"],
    );
  });
});
