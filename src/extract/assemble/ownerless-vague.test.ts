import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { claimReader, skippedReasons } from "../../../test/support/claims.js";

const read = claimReader("2025-09-15");
const reasons = skippedReasons("2025-09-15");
const metrics = (text: string, language: "fr" | "en") =>
  read(text, language).map((c) => [c.entity, c.metric, c.value.low]);

describe("a vague amount no company of its sentence owns is no claim (CLAIMS.md §4, §8)", () => {
  it("sets aside billions spent or raised by a class of companies, with no company named", () => {
    for (const [text, language] of [
      [
        "Veltrix AI raised $2 billion in March. With the sector booming, young labs keep raising hundreds of millions of dollars.",
        "en",
      ],
      [
        "La start-up Brevale a levé 2 milliards de dollars en mars. Des jeunes pousses encore déficitaires brûlent des milliards de dollars pour entraîner leurs modèles.",
        "fr",
      ],
    ] as const) {
      assert.equal(read(text, language).length, 1, text);
      assert.match(reasons(text, language).join(), /a vague amount no company of its sentence owns/u, text);
    }
  });

  it("keeps vague deal sizes and a company's own words about its money", () => {
    for (const [text, language] of [
      [
        "Veltrix AI raised $2 billion in March. We signed three multi-billion-dollar contracts this quarter.",
        "en",
      ],
      [
        "La start-up Brevale a levé 2 milliards d'euros en mars. Nous avons signé des accords de plusieurs milliards d'euros.",
        "fr",
      ],
    ] as const)
      assert.doesNotMatch(reasons(text, language).join(), /a vague amount no company/u, text);
  });

  it("keeps a vague capacity an elliptic sentence gives as the subject's plan", () => {
    const text =
      "La start-up Brevale a levé 2 milliards d'euros en mars pour son programme Hexa. L'objectif : bâtir « des dizaines de gigawatts d'ici 2030 ».";
    assert.ok(
      read(text, "fr").some((c) => c.unit === "GW"),
      JSON.stringify(read(text, "fr")),
    );
  });

  it("keeps a vague amount its company owns, by name or anaphor, or that sizes a deal named before it", () => {
    assert.deepEqual(
      metrics(
        "Veltrix AI raised $2 billion in March. The startup is burning through billions of dollars.",
        "en",
      ),
      [
        ["Veltrix AI", "funding_round", 2e9],
        ["Veltrix AI", "cash_burn", 1e9],
      ],
    );
    assert.deepEqual(
      metrics(
        "La start-up Brevale a levé 2 milliards de dollars en mars. Elle brûle des milliards de dollars.",
        "fr",
      ),
      [
        ["Brevale", "funding_round", 2e9],
        ["Brevale", "cash_burn", 1e9],
      ],
    );
    assert.deepEqual(
      metrics(
        "Veltrix AI raised $2 billion in March. The cloud contract is worth tens of billions of dollars.",
        "en",
      ),
      [
        ["Veltrix AI", "funding_round", 2e9],
        ["Veltrix AI", "compute_commitment", 1e10],
      ],
    );
  });
});
