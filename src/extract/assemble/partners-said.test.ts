import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimAt, extract } from "../../../test/support/claims.js";

describe("owner: 'the companies said', 'les partenaires' after a list of partners", () => {
  it("the companies listed in the sentence before own the figure together (EN)", () => {
    const claims = extract(
      "Oracle, SoftBank and MGX announced a new venture on Tuesday. The companies said they would invest $80 billion in data centres in Texas.",
    );
    assert.equal(claimAt(claims, 80e9).entity, "Oracle+SoftBank+MGX");
  });

  it("the partners of a programme named before: the programme owns it (FR)", () => {
    const claims = extract(
      "OpenAI, SoftBank et Oracle ont présenté Stargate mardi. Les partenaires ont promis d'investir 500 milliards de dollars aux États-Unis.",
      "fr",
    );
    assert.equal(claimAt(claims, 500e9).entity, "Stargate");
  });

  it("the partners of a programme named before: the programme owns it (EN)", () => {
    const claims = extract(
      "OpenAI, SoftBank and Oracle unveiled Stargate on Tuesday. The partners said they would invest $500 billion in the United States.",
    );
    assert.equal(claimAt(claims, 500e9).entity, "Stargate");
  });
});
