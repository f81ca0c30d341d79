import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { subclauseBreaks } from "../clauses.js";

const read = claimFields(["entity", "metric", "value"]);

describe("the colon inside a ticker's parenthesis", () => {
  it("opens no clause: the names before and after it stay in one list (fr)", () => {
    assert.deepEqual(
      read(
        "Cohere a séduit Microsoft Corp (NASDAQ : MSFT) et Nvidia, pour une valorisation de 90 milliards de dollars.",
        "fr",
      ),
      [["Cohere", "valuation", 90e9]],
    );
    assert.deepEqual(
      read(
        "Mistral AI a séduit Siemens AG (Xetra : SIE) et Nvidia, pour une valorisation de 12 milliards d'euros.",
        "fr",
      ),
      [["Mistral AI", "valuation", 12e9]],
    );
  });

  it("opens no clause: the names before and after it stay in one list (en)", () => {
    assert.deepEqual(
      read("Cohere won over Microsoft Corp (NASDAQ: MSFT) and Nvidia, at a valuation of $90 billion.", "en"),
      [["Cohere", "valuation", 90e9]],
    );
  });

  it("is no clause break, while a colon after words still is", () => {
    const text = "Microsoft Corp (NASDAQ : MSFT) et Nvidia (Euronext Paris: NV) investissent : 5 milliards.";
    const breaks = subclauseBreaks(text, 0, text.length);
    assert.equal(breaks.firstFrom(0), text.indexOf(" : 5") + 1);
  });
});
