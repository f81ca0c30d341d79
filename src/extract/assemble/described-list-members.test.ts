import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";

const read = claimFields(["entity", "value"], { published: "2025-10-02" });

describe("companies listed with their trade, initials or an apposition act together", () => {
  it("reads past a trade written before the last name without an article (en)", () => {
    assert.deepEqual(
      read(
        "Temasek and Danish data centre operator Fluidstack have agreed on a €900m build-out in Jutland.",
        "en",
      ),
      [["Temasek+Fluidstack", 9e8]],
    );
    assert.deepEqual(
      read(
        "KKR and alternative asset manager Blackstone have signed a pact to launch a $2 billion platform for data centres.",
        "en",
      ),
      [["KKR+Blackstone", 2e9]],
    );
  });

  it("reads past the first name's initials in brackets (en)", () => {
    assert.deepEqual(
      read(
        "Temasek Holdings (TMH) and Blackstone have announced an investment of $4 billion in data centres in Asia.",
        "en",
      ),
      [["Temasek+Blackstone", 4e9]],
    );
  });

  it("reads past an apposition that only gives the first company's trade (en, fr)", () => {
    assert.deepEqual(
      read(
        "Nscale, the British cloud provider, and Data4 have announced an investment of €700m in Portugal.",
        "en",
      ),
      [["Nscale+Data4", 7e8]],
    );
    assert.deepEqual(
      read(
        "Nscale, la start-up britannique, et Data4 ont annoncé un investissement de 700 millions d'euros au Portugal.",
        "fr",
      ),
      [["Nscale+Data4", 7e8]],
    );
  });

  it("keeps one owner when the description names no trade or no second company follows", () => {
    assert.deepEqual(
      read("Temasek and data centre firms across Denmark plan to spend €900m on new sites.", "en"),
      [["Temasek", 9e8]],
    );
    assert.deepEqual(
      read("Nscale, the British cloud provider, said Data4 will invest €700m in Portugal.", "en"),
      [["Data4", 7e8]],
    );
  });
});
