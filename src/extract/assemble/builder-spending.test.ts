import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimFields } from "../../../test/support/claims.js";
import { extractClaims } from "../index.js";

const figures = claimFields(["entity", "metric", "value"], { published: "2025-10-30" });

describe("what a company that builds its own infrastructure spends", () => {
  it("a plan to invest or spend on AI infrastructure is capex, not a compute spending target", () => {
    assert.deepEqual(
      figures(
        "Amazon accélère\n\nAmazon prévoit d'investir entre 110 et 120 milliards de dollars dans l'infrastructure d'IA l'an prochain.",
        "fr",
      ),
      [["Amazon", "capex", 110e9]],
    );
    assert.deepEqual(
      figures(
        "Microsoft's build-out\n\nMicrosoft raised its annual spending forecast to about $95 billion as demand for AI data centers grows.",
        "en",
      ),
      [["Microsoft", "capex", 95e9]],
    );
  });

  it("a lab's plan to spend on compute stays a spending target", () => {
    assert.deepEqual(
      figures("Anthropic\n\nAnthropic plans to spend $50 billion on computing power by 2028.", "en"),
      [["Anthropic", "compute_spending_target", 50e9]],
    );
  });

  it("a deal valued at an amount is no valuation of the supplier", () => {
    const got = figures(
      "Lambda and Microsoft\n\nLambda will provide GPU capacity to Microsoft in a deal valued at $6 billion.",
      "en",
    );
    assert.ok(!got.some(([, metric]) => metric === "valuation"), JSON.stringify(got));
  });

  it("suppliers committing money together in a lab's round invest in it, as one supplier alone does", () => {
    const got = extractClaims({
      text: "La levée de Mistral AI\n\nMistral AI lève 5 milliards d'euros. Microsoft et Nvidia ont engagé ensemble jusqu'à 2 milliards d'euros.",
      language: "fr",
      published: "2025-10-30",
      document: "d.txt",
    }).claims.find((c) => c.value.high === 2e9);
    assert.equal(got?.entity, "Microsoft+Nvidia");
    assert.equal(got?.metric, "investment");
  });
});

describe("money a builder hands to another company is not its own spending", () => {
  const metrics = claimFields(["metric"], { published: "2025-10-30" });
  it("« recevoir … de la part de » a builder: an investment, not the builder's capex (fr)", () => {
    assert.deepEqual(
      metrics(
        "L'essor de l'intelligence artificielle\n\nLa société vient de recevoir une injection de 3 milliards de dollars de la part d'Amazon.",
        "fr",
      ),
      [["investment"]],
    );
  });

  it('"has received … from" a builder: an investment, not the builder\'s capex (en)', () => {
    assert.deepEqual(
      metrics("The AI boom\n\nThe start-up has received a $3 billion injection from Amazon.", "en"),
      [["investment"]],
    );
  });

  it("a builder investing in its own data centres stays capex (fr, en)", () => {
    assert.deepEqual(
      metrics("Amazon investira 3 milliards de dollars dans ses centres de données au Chili.", "fr"),
      [["capex"]],
    );
    assert.deepEqual(metrics("Amazon will invest $3 billion in AI data centers in Chile.", "en"), [
      ["capex"],
    ]);
  });
});
