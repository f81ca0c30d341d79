import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ownerMetricValue } from "../../../test/support/claims.js";
import { investsInFacilityBuilt } from "./facility-investment.js";

describe("an investment named after the facility it builds", () => {
  it("is read from the build verb and its object before the amount", () => {
    assert.ok(
      investsInFacilityBuilt(
        "Ils vont construire en France un centre de données géant pour un investissement total de ",
      ),
    );
    assert.ok(
      investsInFacilityBuilt(
        "The fund will finance a 1-gigawatt AI campus in France, with investment of between ",
      ),
    );
    assert.ok(investsInFacilityBuilt("Samsung is building a chip plant in Texas, an investment of "));
    assert.ok(!investsInFacilityBuilt("Brookfield will invest in France, an investment of "));
    assert.ok(!investsInFacilityBuilt("They signed a contract to build a data center, an investment of "));
  });

  it("is the builder's capital spending, not a stake in the company the text is about", () => {
    const text = (sentence: string) => `Mistral AI lève des fonds auprès de ses actionnaires. ${sentence}`;
    assert.deepEqual(
      ownerMetricValue(
        text(
          "Les Émirats arabes unis vont bâtir en Bretagne un campus pour un investissement de 40 milliards d'euros.",
        ),
        "fr",
      ),
      [["United Arab Emirates", "capex", 40e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Mistral AI raised new money last week. Iliad will build a large data center near Paris, with an investment of €3 billion.",
        "en",
      ).filter((c) => c[2] === 3e9),
      [["Iliad", "capex", 3e9]],
    );
    assert.deepEqual(
      ownerMetricValue(
        "Nvidia publie ses résultats. Amazon développera trois usines en Virginie, un investissement estimé à 11 milliards de dollars.",
        "fr",
      ),
      [["Amazon", "capex", 11e9]],
    );
  });
});
