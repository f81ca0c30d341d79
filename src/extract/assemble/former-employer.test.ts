import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "metric", "low"]);

describe("a company named as a person's former employer", () => {
  it("owns none of the figures that follow (EN)", () => {
    assert.deepEqual(
      owners(
        "Jane Doe left her post as former OpenAI CTO to start Thinking Machines. The fledgling firm raised $3 billion, valuing it at $15 billion.",
        "en",
      ),
      [
        ["Thinking Machines", "funding_round", 3e9],
        ["Thinking Machines", "valuation", 1.5e10],
      ],
    );
    assert.deepEqual(
      owners(
        "Safe Superintelligence, co-founded by OpenAI's former chief scientist, now weighs new funding. A $3 billion funding round would value the young company at $40 billion.",
        "en",
      ).map(([entity]) => entity),
      ["Safe Superintelligence", "Safe Superintelligence"],
    );
  });

  it("owns none of the figures that follow (FR)", () => {
    assert.deepEqual(
      owners(
        "Fondée par d'anciens chercheurs de Google DeepMind, Mistral AI grandit vite. La jeune pousse a levé 500 millions d'euros.",
        "fr",
      ),
      [["Mistral AI", "funding_round", 5e8]],
    );
  });

  it("still owns its figures when it acts", () => {
    assert.deepEqual(owners("OpenAI raised $8 billion from SoftBank in March.", "en"), [
      ["OpenAI", "funding_round", 8e9],
    ]);
  });

  it("owns none of the figures when the post is written otherwise (EN, FR)", () => {
    assert.deepEqual(
      owners(
        "Quellix Labs was started by a trio who left OpenAI last year. The start-up raised $100 million.",
        "en",
      ),
      [["Quellix Labs", "funding_round", 1e8]],
    );
    assert.deepEqual(
      owners(
        "Quellix Labs was set up by people who previously worked at Meta. The young firm raised $100 million.",
        "en",
      ),
      [["Quellix Labs", "funding_round", 1e8]],
    );
    assert.deepEqual(
      owners(
        "Quellix Labs a été cofondée par un ex-chercheur d'OpenAI. La jeune pousse a levé 100 millions d'euros.",
        "fr",
      ),
      [["Quellix Labs", "funding_round", 1e8]],
    );
  });

  it("still owns its figures when it is the subject of 'left'", () => {
    assert.deepEqual(
      owners("The deal left Nvidia with $5 billion of OpenAI shares.", "en").map(([e]) => e),
      ["Nvidia"],
    );
  });
});
