import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const owners = claimFields(["entity", "value"]);

describe("a clause's subject followed by an aside in brackets", () => {
  it("still owns the figure of its clause, the verb left out", () => {
    assert.deepEqual(
      owners(
        "Au terme du montage, Samsung conserve une participation de 30 % et la Fondation OpenAI (son bras caritatif) de 21 %.",
        "fr",
      ),
      [
        ["Samsung", 0.3],
        ["OpenAI Foundation", 0.21],
      ],
    );
    assert.deepEqual(
      owners(
        "After the deal, Nvidia holds a 30% stake and the OpenAI Foundation (the nonprofit arm) 21%.",
        "en",
      ),
      [
        ["Nvidia", 0.3],
        ["OpenAI Foundation", 0.21],
      ],
    );
  });

  it("leaves the figure to the subject when the bracketed name is an object", () => {
    assert.deepEqual(owners("Nvidia holds a 30% stake in OpenAI (the ChatGPT maker) and 21% of xAI.", "en"), [
      ["Nvidia", 0.3],
      ["Nvidia", 0.21],
    ]);
  });
});
