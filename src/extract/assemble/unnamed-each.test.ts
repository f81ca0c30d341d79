import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimValues, extract } from "../../../test/support/claims.js";

const values = claimValues("2026-03-10");

describe("a figure each member of an unnamed set has", () => {
  it("is no claim of the company the text is about (FR, EN, before or after the figure)", () => {
    assert.deepEqual(
      values(
        "Volterra Compute a déclaré un chiffre d'affaires de 4 milliards de dollars. Sa directrice ajoute : « nos clients construisent plusieurs gigawatts chacun. »",
        "fr",
      ),
      [4e9],
    );
    assert.deepEqual(
      values(
        "Kestrel Systems reported revenue of $6 billion. Its largest customers each plan to spend $20 billion on clusters next year.",
        "en",
      ),
      [6e9],
    );
    assert.deepEqual(
      values(
        "Brisklane a levé 300 millions d'euros. En Europe, de nombreux opérateurs exploitent 500 mégawatts chacun.",
        "fr",
      ),
      [300e6],
    );
    assert.deepEqual(
      values("Halvorn Labs raised $900 million. Several large buyers now run 2 gigawatts apiece.", "en"),
      [900e6],
    );
  });

  it("near misses: named members, the set after a preposition, and a figure with no 'each', stay claims", () => {
    const named = extract("Kestrel Systems and Halvorn Labs each committed $3 billion to the project.", "en");
    assert.deepEqual(named.map((c) => c.entity).sort(), ["Halvorn Labs", "Kestrel Systems"]);
    assert.deepEqual(
      values(
        "Volterra Compute a publié ses résultats. Ses puces sont vendues aux clients 30 000 dollars chacune.",
        "fr",
      ),
      [30000],
    );
    assert.deepEqual(
      values(
        "Kestrel Systems reported results. The accelerators are sold to customers for $30,000 each.",
        "en",
      ),
      [30000],
    );
    assert.equal(values("Kestrel Systems said its customers build 5 gigawatts of capacity.", "en").length, 1);
  });
});
