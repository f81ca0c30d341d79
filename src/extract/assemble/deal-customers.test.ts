import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const customerCounts = (text: string, language: "fr" | "en") =>
  extract(text, language)
    .filter((c) => c.metric === "business_customers")
    .map((c) => c.value.low ?? c.value.high);

describe("the customers a period's deals were signed with", () => {
  it("are no count of a company's customers (fr, en)", () => {
    assert.deepEqual(
      customerCounts(
        "Brixon Data closed 2,900 deals with more than 1,800 customers in the third quarter.",
        "en",
      ),
      [],
    );
    assert.deepEqual(
      customerCounts(
        "Ce trimestre, nous avons conclu quatre accords de plusieurs milliards avec trois clients distincts, a expliqué le patron de Brixon Data.",
        "fr",
      ),
      [],
    );
  });

  it("a company's customers beside a deal stay a claim (fr, en)", () => {
    assert.deepEqual(
      customerCounts(
        "Brixon Data signed a deal with Quillon. Brixon Data now has more than 1,800 enterprise customers.",
        "en",
      ),
      [1800],
    );
    assert.deepEqual(
      customerCounts(
        "Brixon Data a signé un accord avec Quillon. Brixon Data compte plus de 1 800 clients professionnels.",
        "fr",
      ),
      [1800],
    );
  });
});
