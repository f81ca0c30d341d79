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

describe("a raise split into equity and debt gives each part its own kind", () => {
  it('"$X in new equity and $Y in debt": the equity part is raised money, the other debt (en)', () => {
    const text =
      "Nscale is raising $9 billion, split between $4 billion in new equity and up to $5 billion in debt.";
    assert.deepEqual(metrics(text, "en"), ["funding_round", "funding_round", "debt_issuance"]);
  });

  it("« dont X en fonds propres et Y en dette »: the part in debt is debt (fr)", () => {
    const text =
      "Nscale lève 9 milliards de dollars, dont 4 milliards en fonds propres et jusqu'à 5 milliards en dette.";
    assert.deepEqual(metrics(text, "fr"), ["funding_round", "funding_round", "debt_issuance"]);
  });
});
