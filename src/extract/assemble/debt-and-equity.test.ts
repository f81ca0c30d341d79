import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "../../../test/support/claims.js";

const metrics = (text: string, language: "fr" | "en") => extract(text, language).map((c) => c.metric);

describe("money raised in debt and equity together is not debt only", () => {
  it("« de dette et de fonds propres » is raised money, not a debt issuance (fr)", () => {
    const text = "TeraWulf a levé plus de 12 milliards de dollars de dette et de fonds propres depuis 2023.";
    assert.deepEqual(metrics(text, "fr"), ["funding_round"]);
  });

  it('"in debt and equity" is raised money, not a debt issuance (en)', () => {
    const text = "TeraWulf has raised more than $12 billion in debt and equity since 2023.";
    assert.deepEqual(metrics(text, "en"), ["funding_round"]);
  });

  it("debt alone stays debt (fr, en)", () => {
    assert.deepEqual(metrics("TeraWulf a levé 3 milliards de dollars de dette.", "fr"), ["debt_issuance"]);
    assert.deepEqual(metrics("TeraWulf raised $3 billion in debt.", "en"), ["debt_issuance"]);
  });
});
