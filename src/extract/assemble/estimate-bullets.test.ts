import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "metric", "value", "qualifier"]);

describe("an earnings bullet: the figure against the analysts' estimate", () => {
  it("gives both figures the row's metric, the estimate as estimated (en)", () => {
    const text =
      "Here is how Micron did against analysts' estimates:\n- Revenue: $13.6 billion vs. $12.9 billion expected\n- Gross margin: 56.8% vs. 52.4% expected";
    assert.deepEqual(read(text, "en"), [
      ["Micron", "revenue", 13.6e9, "reported"],
      ["Micron", "revenue", 12.9e9, "estimated"],
      ["Micron", "gross_margin", 0.568, "reported"],
      ["Micron", "gross_margin", 0.524, "estimated"],
    ]);
  });

  it("gives both figures the row's metric, the estimate as estimated (fr)", () => {
    const text =
      "Nvidia a publié ses comptes, comparés au consensus :\n- Chiffre d'affaires : 57 milliards de dollars vs. 54,9 milliards attendus\n- Marge brute : 73,4 % vs. 73,6 % attendus";
    assert.deepEqual(read(text, "fr"), [
      ["Nvidia", "revenue", 57e9, "reported"],
      ["Nvidia", "revenue", 54.9e9, "estimated"],
      ["Nvidia", "gross_margin", 0.734, "reported"],
      ["Nvidia", "gross_margin", 0.736, "estimated"],
    ]);
  });

  it("leaves a profit's row out, its estimate too (en)", () => {
    const text =
      "Here is how SK Hynix did against estimates:\n- Revenue: 22 trillion won vs. 20 trillion won\n- Operating profit: 9.2 trillion won vs. 9 trillion won";
    assert.deepEqual(
      read(text, "en").map(([, metric, value]) => [metric, value]),
      [
        ["revenue", 22e12],
        ["revenue", 20e12],
      ],
    );
  });

  it("leaves a profit's row out, its estimate too (fr)", () => {
    const text =
      "Voici les résultats de SK Hynix face au consensus :\n- Chiffre d'affaires : 22 000 milliards de wons vs. 20 000 milliards\n- Résultat d'exploitation : 9 200 milliards de wons vs. 9 000 milliards";
    assert.deepEqual(
      read(text, "fr").map(([, metric, value]) => [metric, value]),
      [
        ["revenue", 22e12],
        ["revenue", 20e12],
      ],
    );
  });

  it("under a line that sets the rows against the estimates, the compared figure is the estimate (en)", () => {
    const text =
      "Here are Samsung's third-quarter results compared with LSEG estimates:\n- Revenue: 86 trillion won vs. 84 trillion won";
    assert.deepEqual(
      read(text, "en").map(([, metric, value, qualifier]) => [metric, value, qualifier]),
      [
        ["revenue", 86e12, "reported"],
        ["revenue", 84e12, "estimated"],
      ],
    );
  });

  it("sous une ligne qui les compare au consensus, le chiffre comparé est l'estimation (fr)", () => {
    const text =
      "Voici les résultats trimestriels d'ASML face au consensus :\n- Chiffre d'affaires : 7,5 milliards d'euros vs. 7,2 milliards d'euros";
    assert.deepEqual(
      read(text, "fr").map(([, metric, value, qualifier]) => [metric, value, qualifier]),
      [
        ["revenue", 7.5e9, "reported"],
        ["revenue", 7.2e9, "estimated"],
      ],
    );
  });

  it("a plain list of two years keeps its compared figure reported (en)", () => {
    const text =
      "Here are Samsung's results for the quarter:\n- Revenue: 86 trillion won vs. 79 trillion won a year earlier";
    assert.ok(read(text, "en").every(([, , , qualifier]) => qualifier !== "estimated"));
  });
});
