import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader } from "../../../test/support/claims.js";

const read = claimReader("2025-09-15");
const metrics = (text: string, language: "fr" | "en") =>
  read(text, language).map((c) => [c.metric, c.value.low ?? c.value.high]);

describe("a subheading announcing its section's figure restates it (CLAIMS.md §9)", () => {
  it("keeps the body's figure only, whatever metric the heading's words suggested", () => {
    assert.deepEqual(
      metrics(
        "Veltrix AI raised $2 billion in March.\n\nRevenue of $3 billion and rising\n\nThe startup now reports an annualized revenue run rate of about $3 billion, Veltrix AI said.",
        "en",
      ),
      [
        ["funding_round", 2e9],
        ["revenue_run_rate", 3e9],
      ],
    );
    assert.deepEqual(
      metrics(
        "La start-up Brevale a levé 2 milliards d'euros en mars.\n\nDes revenus de 900 millions en forte hausse\n\nSelon la presse, Brevale affiche des revenus annualisés d'environ 900 millions d'euros.",
        "fr",
      ),
      [
        ["funding_round", 2e9],
        ["revenue_run_rate", 9e8],
      ],
    );
  });

  it("keeps a subheading's figure that its section does not restate", () => {
    const claims = metrics(
      "Veltrix AI raised $2 billion in March.\n\nA $5 billion data centre plan\n\nVeltrix AI now reports an annualized revenue run rate of about $3 billion.",
      "en",
    );
    assert.ok(
      claims.some(([, v]) => v === 5e9),
      JSON.stringify(claims),
    );
  });
});
