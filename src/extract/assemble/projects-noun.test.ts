import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("qualifier: 'projects' as a noun is no forecast", () => {
  it("after a hyphenated modifier or a number, 'projects' names things built (EN)", () => {
    const en = extract("Brookfield has pledged €12 billion for data-centre projects in Germany.");
    assert.equal(claimAt(en, 12e9).qualifier, "commitment");
    const en2 = extract("Nvidia signed a deal worth $4 billion covering 30 projects across Europe.");
    assert.equal(claimAt(en2, 4e9).qualifier, "commitment");
  });

  it("'projects' as a verb stays a forecast (EN)", () => {
    const en = extract("Cohere projects revenue of $1 billion in 2026.");
    assert.equal(claimAt(en, 1e9).qualifier, "target");
  });
});
