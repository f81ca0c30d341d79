import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultGazetteer, findNames } from "../gazetteer.js";
import { unknownCompanies } from "./unknown-names.js";

const gazetteer = defaultGazetteer();

/** The unknown companies the cues of an invented text find. */
function found(text: string): string[] {
  return unknownCompanies(text, findNames(text, gazetteer), gazetteer);
}

describe("a name apposed to a person's role of the company", () => {
  it("is a person, not a company, whatever company noun the role governs", () => {
    assert.deepEqual(
      found(
        "Cette annonce intervient après que Paul Verlaine, le cofondateur du groupe, a rencontré le ministre.",
      ),
      [],
    );
    assert.deepEqual(
      found("The news came after Jane Okoro, the chief executive of the company, met investors."),
      [],
    );
    assert.deepEqual(
      found("Selon Marie Dantec, la directrice générale de la société, la demande reste forte."),
      [],
    );
    assert.deepEqual(found("Tom Reyes, a co-founder of the start-up, declined to comment."), []);
  });

  it("keeps a company apposed to a company noun", () => {
    assert.deepEqual(found("Velmora, une start-up française, vend des logiciels aux banques."), ["Velmora"]);
    assert.deepEqual(found("Quillon, the British cloud provider, signed the lease."), ["Quillon"]);
  });
});

describe("an investment beside a person apposed to the company", () => {
  it("names no investee: the person is not the counterparty", async () => {
    const { extract, fieldsOf } = await import("../../../test/support/claims.js");
    const read = (text: string, language: "fr" | "en") =>
      fieldsOf(extract(text, language, "2025-03-01"), ["entity", "counterparty", "metric"]);
    assert.deepEqual(
      read(
        "Le groupe Zelkor a annoncé qu'il allait investir 20 milliards de dollars dans l'intelligence artificielle, après une rencontre entre son fondateur, Paul Verlaine, et le ministre.\nCette annonce intervient après que Paul Verlaine, le cofondateur du groupe, a rencontré le président.",
        "fr",
      ),
      [["Zelkor", null, "capex"]],
    );
    assert.deepEqual(
      read(
        "Zelkor said it would invest $20 billion in artificial intelligence, days after its founder, Paul Verlaine, met the president.\nThe news came after Paul Verlaine, the co-founder of the company, met the president.",
        "en",
      ),
      [["Zelkor", null, "capex"]],
    );
  });
});
